using System.IO.Compression;
using System.Xml.Linq;
using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

namespace Flowable.Workers.Typed.Packaging.Tests;

[Collection(PackedPackagesCollection.Name)]
public sealed class PackageLayoutTests(PackedPackages packages)
{
    private const string RoslynFolder = "analyzers/dotnet/roslyn4.8/cs/";

    private static readonly Version MaxRoslynVersion = new(4, 8, 0, 0);

    /// <summary>What csc (and every other compiler host) loads next to an analyzer or generator.</summary>
    private static readonly HashSet<string> CompilerHostAssemblies = new(StringComparer.Ordinal)
    {
        "netstandard",
        "Microsoft.CodeAnalysis",
        "Microsoft.CodeAnalysis.CSharp",
        "System.Collections.Immutable",
        "System.Reflection.Metadata",
    };

    /// <summary>
    /// What an IDE host (Visual Studio, Rider, the C# Dev Kit language server) adds for code fix providers: the
    /// Workspaces layer and MEF's attributes. Only the code-fix assembly may use them; csc never instantiates it (it
    /// finds no analyzer or generator in it), so it is harmless in a command-line build.
    /// </summary>
    private static readonly HashSet<string> IdeHostAssemblies = new(StringComparer.Ordinal)
    {
        "Microsoft.CodeAnalysis.Workspaces",
        "Microsoft.CodeAnalysis.CSharp.Workspaces",
        "System.Composition.AttributedModel",
    };

    private const string CodeFixesAssembly = "Flowable.Workers.Typed.CodeFixes";

    [Theory]
    [InlineData("lib/net8.0/Flowable.Workers.Typed.dll")]
    [InlineData("lib/net8.0/Flowable.Workers.Typed.xml")]
    [InlineData("lib/net10.0/Flowable.Workers.Typed.dll")]
    [InlineData("lib/net10.0/Flowable.Workers.Typed.xml")]
    [InlineData(RoslynFolder + "Flowable.Workers.Typed.Generators.dll")]
    [InlineData(RoslynFolder + "Flowable.Workers.Typed.Analyzers.dll")]
    [InlineData(RoslynFolder + CodeFixesAssembly + ".dll")]
    [InlineData("build/Flowable.Workers.Typed.props")]
    [InlineData("buildTransitive/Flowable.Workers.Typed.props")]
    [InlineData("README.md")]
    [InlineData("icon.png")]
    public void The_runtime_package_contains(string path)
    {
        using var package = ZipFile.OpenRead(packages.RuntimePackage);
        Assert.Contains(path, package.Entries.Select(entry => entry.FullName));
    }

    [Fact]
    public void Roslyn_components_sit_only_in_the_roslyn_4_8_folder_without_copies_of_the_compiler()
    {
        using var package = ZipFile.OpenRead(packages.RuntimePackage);
        var analyzerEntries = package.Entries.Where(entry => entry.FullName.StartsWith("analyzers/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(analyzerEntries);
        Assert.All(analyzerEntries, entry => Assert.StartsWith(RoslynFolder, entry.FullName, StringComparison.Ordinal));
        Assert.All(analyzerEntries, entry => Assert.StartsWith("Flowable.Workers.Typed.", entry.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Roslyn_components_reference_nothing_a_compiler_host_lacks()
    {
        using var package = ZipFile.OpenRead(packages.RuntimePackage);
        var components = package.Entries
            .Where(entry => entry.FullName.StartsWith(RoslynFolder, StringComparison.Ordinal) && entry.Name.EndsWith(".dll", StringComparison.Ordinal))
            .ToList();
        var packed = components.Select(entry => Path.GetFileNameWithoutExtension(entry.Name)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(3, components.Count);
        foreach (var component in components)
        {
            var isCodeFixes = Path.GetFileNameWithoutExtension(component.Name) == CodeFixesAssembly;
            foreach (var (name, version) in PackedAssembly.ReferencedAssemblies(component))
            {
                Assert.True(
                    CompilerHostAssemblies.Contains(name) || (packed.Contains(name) && name != CodeFixesAssembly) || (isCodeFixes && IdeHostAssemblies.Contains(name)),
                    $"{component.Name} references {name} {version}, which its host does not load.");
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    Assert.True(version <= MaxRoslynVersion, $"{component.Name} needs {name} {version}; Roslyn 4.8 hosts have {MaxRoslynVersion}.");
                }
            }
        }
    }

    [Fact]
    public void The_nuspec_depends_on_refit_and_not_on_the_generator_project()
    {
        using var package = ZipFile.OpenRead(packages.RuntimePackage);
        var nuspecEntry = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var dependencies = XDocument.Load(stream).Descendants().Where(element => element.Name.LocalName == "dependency")
            .Select(element => (string)element.Attribute("id")!)
            .ToList();

        Assert.Contains("Refit", dependencies);
        Assert.DoesNotContain(dependencies, id => id.Contains("Generators", StringComparison.Ordinal));
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void The_net8_dependency_group_moves_a_net8_app_to_no_newer_Microsoft_Extensions_or_System_Text_Json()
    {
        using var package = ZipFile.OpenRead(packages.RuntimePackage);
        using var stream = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var groups = XDocument.Load(stream).Descendants().Where(element => element.Name.LocalName == "group").ToList();
        var net8 = groups.Single(group => (string?)group.Attribute("targetFramework") == "net8.0").Elements()
            .Select(dependency => ((string)dependency.Attribute("id")!, NuGetVersionFloor((string)dependency.Attribute("version")!)))
            .ToList();

        Assert.Contains(net8, dependency => dependency.Item1 == "Microsoft.Extensions.Http");
        Assert.All(
            net8.Where(dependency => dependency.Item1.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || dependency.Item1 == "System.Text.Json"),
            dependency => Assert.True(dependency.Item2.Major == 8, $"net8.0 depends on {dependency.Item1} {dependency.Item2}"));
    }

    private static Version NuGetVersionFloor(string range) => Version.Parse(range.Trim('[', '(', ')', ']').Split(',')[0]);
}
