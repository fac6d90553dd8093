using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

namespace Flowable.Workers.Typed.Packaging.Tests;

/// <summary>What a package page shows (URLs, icon, readme, release notes) and the one project URL everything uses.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed partial class PackageMetadataTests(PackedPackages packages)
{
    public static TheoryData<string> PackageIds => ["Flowable.Workers.Typed", "Flowable.Workers.Typed.Testing"];

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void The_nuspec_names_the_project_url_the_repository_and_its_commit(string id)
    {
        var metadata = Nuspec(id);

        Assert.Equal(ProjectUrl.Value, Element(metadata, "projectUrl").Value);
        var repository = Element(metadata, "repository");
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(ProjectUrl.Value, (string?)repository.Attribute("url"));
        Assert.Matches(CommitHash(), (string?)repository.Attribute("commit") ?? "");
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void The_package_has_an_icon_a_readme_and_release_notes(string id)
    {
        var metadata = Nuspec(id);
        Assert.Equal("icon.png", Element(metadata, "icon").Value);
        Assert.Equal("README.md", Element(metadata, "readme").Value);
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "releaseNotes").Value));

        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        using var icon = new BinaryReader(package.GetEntry("icon.png")!.Open());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], icon.ReadBytes(4));
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void The_packaged_readme_is_the_package_readme_with_absolute_links_only(string id)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();

        Assert.StartsWith($"# {id}{Environment.NewLine}", readme.ReplaceLineEndings(), StringComparison.Ordinal);
        Assert.DoesNotContain(
            MarkdownLinkTargets().Matches(readme).Select(match => match.Groups["target"].Value),
            target => !target.StartsWith("https://", StringComparison.Ordinal));
        Assert.DoesNotContain("../", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet test", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_github_url_in_the_readmes_is_the_project_url()
    {
        var readmes = new[] { "README.md", "src/Flowable.Workers.Typed/PACKAGE.md", "src/Flowable.Workers.Typed.Testing/PACKAGE.md" };
        var urls = readmes.SelectMany(readme => GitHubRepositoryUrls().Matches(File.ReadAllText(RepositoryPaths.Combine(readme))))
            .Select(match => match.Value)
            .ToList();

        Assert.Contains(ProjectUrl.Value, urls);
        Assert.All(urls, url => Assert.Equal(ProjectUrl.Value, url));
    }

    [Fact]
    public void Every_diagnostic_help_link_in_the_packed_analyzers_is_a_page_under_the_project_url()
    {
        using var package = ZipFile.OpenRead(packages.RuntimePackage);
        var analyzers = package.GetEntry("analyzers/dotnet/roslyn4.8/cs/Flowable.Workers.Typed.Analyzers.dll")!;
        var helpLinks = PackedAssembly.UserStrings(analyzers).Where(text => text.Contains("/docs/diagnostics/", StringComparison.Ordinal)).ToList();

        Assert.Contains($"{ProjectUrl.Value}/blob/main/docs/diagnostics/FLW0001.md", helpLinks);
        Assert.All(helpLinks, link =>
        {
            Assert.StartsWith($"{ProjectUrl.Value}/blob/main/docs/diagnostics/FLW", link, StringComparison.Ordinal);
            Assert.True(File.Exists(RepositoryPaths.Combine("docs", "diagnostics", link.Split('/')[^1])), $"{link} names no page in docs/diagnostics.");
        });
    }

    private XElement Nuspec(string id)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        using var stream = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Descendants().Single(element => element.Name.LocalName == "metadata");
    }

    private static XElement Element(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)
        ?? throw new Xunit.Sdk.XunitException($"The nuspec has no <{name}>.");

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitHash();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLinkTargets();

    [GeneratedRegex(@"https://github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_-]+(?:\.[A-Za-z][A-Za-z0-9_-]*)*")]
    private static partial Regex GitHubRepositoryUrls();
}
