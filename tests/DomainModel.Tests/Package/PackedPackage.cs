using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DomainModel.Tests.Infrastructure;

namespace DomainModel.Tests.Package;

/// <summary>
/// Packs src/DomainModel once (from the build the tests already ran: <c>dotnet pack --no-build</c>, same
/// configuration) into a temporary folder and opens the .nupkg and .snupkg for the package tests.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "domainmodel-pack-" + Guid.NewGuid().ToString("N"));

    public PackedPackage()
    {
        Directory.CreateDirectory(_folder);
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Debug"
            : "Release";
        string project = RepositoryPaths.Combine("src", "DomainModel", "DomainModel.csproj");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "pack", project, "-c", configuration, "--no-build", "-o", _folder, "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet pack did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        PackOutput = stdout.Result + stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed with exit code {process.ExitCode}:\n{PackOutput}");
        }

        string nupkg = Directory.GetFiles(_folder, "DomainModel.*.nupkg").Single();
        string snupkg = Directory.GetFiles(_folder, "DomainModel.*.snupkg").Single();
        Package = ZipFile.OpenRead(nupkg);
        Symbols = ZipFile.OpenRead(snupkg);
        Nuspec = XDocument.Load(Package.GetEntry("DomainModel.nuspec")!.Open());
    }

    public string PackOutput { get; }

    public ZipArchive Package { get; }

    public ZipArchive Symbols { get; }

    public XDocument Nuspec { get; }

    /// <summary>The value of a metadata element of the nuspec (namespace ignored), or null.</summary>
    public XElement? Metadata(string name) =>
        Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().SingleOrDefault(e => e.Name.LocalName == name);

    public byte[] Read(ZipArchive archive, string path)
    {
        var entry = archive.GetEntry(path) ?? throw new InvalidOperationException($"{path} is not in the package.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        Package.Dispose();
        Symbols.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
