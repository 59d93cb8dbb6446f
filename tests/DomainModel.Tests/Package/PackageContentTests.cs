using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace DomainModel.Tests.Package;

/// <summary>What a user of the NuGet package gets: metadata, one dependency, docs, symbols, source link.</summary>
public sealed class PackageContentTests : IClassFixture<PackedPackage>
{
    private const string RepositoryUrl = "https://github.com/domainmodel/DomainModel";
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private readonly PackedPackage _pack;

    public PackageContentTests(PackedPackage pack) => _pack = pack;

    [Fact]
    public void Metadata_NamesThePackageItsLicenceAndItsRepository()
    {
        Assert.Equal("DomainModel", _pack.Metadata("id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(_pack.Metadata("description")?.Value));
        Assert.Contains("money", _pack.Metadata("tags")!.Value.Split(' '));
        Assert.False(string.IsNullOrWhiteSpace(_pack.Metadata("authors")?.Value));
        var license = _pack.Metadata("license")!;
        Assert.Equal(("expression", "MIT"), (license.Attribute("type")?.Value, license.Value));
        Assert.Equal(RepositoryUrl, _pack.Metadata("projectUrl")!.Value);
        var repository = _pack.Metadata("repository")!;
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(RepositoryUrl, repository.Attribute("url")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        Assert.NotNull(_pack.Package.GetEntry("LICENSE"));
    }

    [Fact]
    public void Version_ComesFromGit_NotAFixedNumber()
    {
        // MinVer: a tag vX.Y.Z gives X.Y.Z; later commits and clones without tags give a pre-release with a height.
        string version = _pack.Metadata("version")!.Value;
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$", version);
        Assert.NotEqual("1.0.0", version);
        Assert.NotEqual("0.1.0", version);
    }

    [Fact]
    public void Dependencies_AreUnitsNetOnly()
    {
        var dependencies = _pack.Nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").ToList();
        Assert.NotEmpty(dependencies);
        Assert.All(dependencies, d => Assert.Equal("UnitsNet", d.Attribute("id")?.Value));
        Assert.All(dependencies, d => Assert.Equal("5.75.1", d.Attribute("version")?.Value));
        Assert.Equal(new[] { "net10.0" }, _pack.Nuspec.Descendants().Where(e => e.Name.LocalName == "group").Select(g => g.Attribute("targetFramework")?.Value));
    }

    [Fact]
    public void Files_AreTheLibraryItsDocsReadmeAndLicence_NoAnalyzerNoBuildLogic()
    {
        var files = _pack.Package.Entries.Select(e => e.FullName)
            .Where(f => !f.StartsWith("_rels/", StringComparison.Ordinal) && !f.StartsWith("package/", StringComparison.Ordinal) && f != "[Content_Types].xml")
            .OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(
            new[] { "DomainModel.nuspec", "LICENSE", "README.md", "lib/net10.0/DomainModel.dll", "lib/net10.0/DomainModel.xml" },
            files);
    }

    [Fact]
    public void Library_ReferencesTheBaseLibraryAndUnitsNetOnly_NoRoslyn()
    {
        using var pe = new PEReader(new MemoryStream(_pack.Read(_pack.Package, "lib/net10.0/DomainModel.dll")));
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
        Assert.Contains("UnitsNet", references);
        Assert.All(references, name => Assert.True(
            name == "UnitsNet" || name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal),
            $"DomainModel.dll references {name}"));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(_pack.Package.Entries, e => e.FullName.Contains("CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void XmlDocs_DescribeThePublicTypes()
    {
        var docs = XDocument.Load(new MemoryStream(_pack.Read(_pack.Package, "lib/net10.0/DomainModel.xml")));
        var members = docs.Descendants("member").Select(m => m.Attribute("name")!.Value).ToHashSet();
        foreach (string type in new[] { "DomainModel.Money", "DomainModel.Exchange.ExchangeRate", "DomainModel.TokenVolume", "DomainModel.FiscalYear", "DomainModel.Estimate" })
        {
            Assert.Contains("T:" + type, members);
        }

        Assert.True(members.Count > 500, $"only {members.Count} documented members");
    }

    [Fact]
    public void Readme_HasAnInstallLineAndAbsoluteLinksOnly()
    {
        Assert.Equal("README.md", _pack.Metadata("readme")!.Value);
        string readme = Encoding.UTF8.GetString(_pack.Read(_pack.Package, "README.md"));
        Assert.Contains("dotnet add package DomainModel", readme, StringComparison.Ordinal);
        var links = Regex.Matches(readme, @"\]\(([^)]*)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
    }

    [Fact]
    public void Symbols_AreAPortablePdbWhoseSourceLinkPointsAtTheCommit()
    {
        Assert.Null(_pack.Package.GetEntry("lib/net10.0/DomainModel.pdb"));
        byte[] pdb = _pack.Read(_pack.Symbols, "lib/net10.0/DomainModel.pdb");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdb));
        var reader = provider.GetMetadataReader();
        string? sourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .SingleOrDefault();
        Assert.NotNull(sourceLink);
        // The commit the DLL was compiled from (the nuspec's commit is HEAD's at pack time: the same in CI).
        Assert.Matches(@"""https://raw\.githubusercontent\.com/domainmodel/DomainModel/[0-9a-f]{40}/\*""", sourceLink);

        // Every source document of the PDB is under a path the source link maps.
        var mapped = System.Text.Json.JsonDocument.Parse(sourceLink!).RootElement.GetProperty("documents")
            .EnumerateObject().Select(p => p.Name.TrimEnd('*')).ToList();
        var documents = reader.Documents.Select(h => reader.GetString(reader.GetDocument(h).Name)).ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.True(
            mapped.Any(prefix => d.StartsWith(prefix, StringComparison.Ordinal)) || d.Contains("/obj/", StringComparison.Ordinal),
            $"{d} is not mapped by the source link"));
    }
}
