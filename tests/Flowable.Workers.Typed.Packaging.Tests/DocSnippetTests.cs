using System.Text.RegularExpressions;
using Flowable.Workers.Typed.Packaging.Tests.DocSnippets;
using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

namespace Flowable.Workers.Typed.Packaging.Tests;

/// <summary>
/// Every C# block of the README, the docs and the package readmes compiles against the packed packages as its info
/// string says (see <see cref="DocSnippet"/>); the diagnostic pages' bad examples report their rule. One build for all.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed partial class DocSnippetTests(PackedPackages packages)
{
    /// <summary>Reported across blocks (they share topics), so off in the library of type blocks.</summary>
    private const string CrossBlockRule = "FLW0041";

    /// <summary>The process-model rules (FLW0050-FLW0059) need a model file, which the blocks' build has none of.</summary>
    private const string ModelRulePrefix = "FLW005";

    private static readonly IReadOnlyList<DocSnippet> Snippets = Pages().SelectMany(DocSnippet.Read).ToList();

    [Fact]
    public void Every_csharp_block_says_how_it_compiles_and_fragments_say_so()
    {
        Assert.NotEmpty(Snippets);
        Assert.All(Snippets, snippet =>
        {
            Assert.True(
                snippet.Kind is DocSnippet.CompleteFile or DocSnippet.Fragment or DocSnippet.BadExample,
                $"{snippet.Location}: the block's info string says neither complete-file, fragment nor bad-example");
            if (snippet.Kind == DocSnippet.Fragment)
            {
                Assert.True(snippet.Glue is not null && File.Exists(GluePath(snippet.Glue)), $"{snippet.Location}: a fragment names no glue file");
                Assert.True(
                    snippet.Code.StartsWith("// Fragment", StringComparison.Ordinal),
                    $"{snippet.Location}: a fragment starts with a '// Fragment …' line saying where it goes");
            }

            if (snippet.Kind == DocSnippet.BadExample)
            {
                Assert.Matches(DiagnosticPage(), snippet.Page);
            }
        });
    }

    [Fact]
    public async Task Every_block_compiles_against_the_packed_packages_and_every_bad_example_reports_its_rule()
    {
        var workspace = SnippetWorkspace.Create(Snippets, packages);

        var build = await DotnetCli.RunAsync(workspace.Root, "build", "Snippets.slnx", "-c", "Release");

        var diagnostics = BuildDiagnostics().Matches(build.Output)
            .Select(match => (Match: match, Located: workspace.Locate(match.Groups["file"].Value, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture))))
            .DistinctBy(diagnostic => diagnostic.Match.Value)
            .ToList();
        var problems = new List<string>();
        foreach (var (match, located) in diagnostics)
        {
            var text = $"{match.Groups["severity"].Value} {match.Groups["id"].Value}: {match.Groups["message"].Value}";
            if (located is not { } place)
            {
                if (match.Groups["severity"].Value == "error")
                {
                    problems.Add($"outside any block: {match.Value}");
                }
            }
            else if (place.Snippet.Kind != DocSnippet.BadExample)
            {
                problems.Add($"{place.Snippet.Page}:{place.PageLine} (block at line {place.Snippet.Line}): {text}");
            }
        }

        foreach (var bad in Snippets.Where(snippet => snippet.Kind == DocSnippet.BadExample))
        {
            var rule = DiagnosticPage().Match(bad.Page).Groups["id"].Value;
            if (rule != CrossBlockRule && !rule.StartsWith(ModelRulePrefix, StringComparison.Ordinal) && !diagnostics.Any(diagnostic => diagnostic.Located?.Snippet == bad && diagnostic.Match.Groups["id"].Value == rule))
            {
                problems.Add($"{bad.Location}: the bad example does not report {rule}");
            }
        }

        foreach (var program in workspace.Programs)
        {
            if (!File.Exists(Path.Combine(workspace.Root, program, "bin", "Release", "net10.0", program + ".dll")))
            {
                problems.Add($"{program} was not built");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + Environment.NewLine + build.Output);
        Directory.Delete(workspace.Root, recursive: true);
    }

    private static IEnumerable<string> Pages()
    {
        yield return "README.md";
        foreach (var project in new[] { "Flowable.Workers.Typed", "Flowable.Workers.Typed.Testing" })
        {
            yield return $"src/{project}/PACKAGE.md";
        }

        foreach (var page in Directory.EnumerateFiles(RepositoryPaths.Combine("docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(RepositoryPaths.Root, page).Replace('\\', '/');
        }
    }

    private static string GluePath(string glue) =>
        RepositoryPaths.Combine("tests", "Flowable.Workers.Typed.Packaging.Tests", "DocSnippets", "Glue", glue + ".cs");

    [GeneratedRegex(@"^docs/diagnostics/(?<id>FLW\d{4})\.md$")]
    private static partial Regex DiagnosticPage();

    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),\d+\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?$", RegexOptions.Multiline)]
    private static partial Regex BuildDiagnostics();
}
