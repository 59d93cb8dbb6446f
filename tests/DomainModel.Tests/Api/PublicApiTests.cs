using System;
using System.IO;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using PublicApiGenerator;
using Xunit;

namespace DomainModel.Tests.Api;

/// <summary>
/// The library's public API, compared with the approved file that reviewers read in the repository
/// (tests/DomainModel.Tests/Api/DomainModel.approved.txt and DomainModel.Claims.approved.txt, one per package). On a difference the received API is written beside it
/// as DomainModel.received.txt (DomainModel.Claims.received.txt) (git-ignored) and the test fails; approve a deliberate change by copying the
/// received file over the approved one in the same commit as the code.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData("DomainModel")]
    [InlineData("DomainModel.Claims")]
    public void PublicApi_MatchesApprovedFile(string assemblyName)
    {
        var assembly = assemblyName == "DomainModel" ? typeof(Currency).Assembly : typeof(ClaimsDocument).Assembly;
        Assert.Equal(assemblyName, assembly.GetName().Name);
        string api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
        }).ReplaceLineEndings("\n");
        string approvedPath = RepositoryPaths.Combine("tests", "DomainModel.Tests", "Api", assemblyName + ".approved.txt");
        string receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (api == approved)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, api);
        Assert.Fail(
            $"The public API differs from the approved file.\n  approved: {approvedPath}\n  received: {receivedPath}\n" +
            $"Review the difference (e.g. `diff -u {approvedPath} {receivedPath}`); if the change is deliberate, copy the received file over the approved one in the same commit.");
    }
}
