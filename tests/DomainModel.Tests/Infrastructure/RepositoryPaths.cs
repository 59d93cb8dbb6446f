using System;
using System.IO;

namespace DomainModel.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DomainModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"DomainModel.sln not found above {AppContext.BaseDirectory}.");
    }
}
