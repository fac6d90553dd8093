using System.Text;
using Flowable.Workers.Typed.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Generators.Tests;

/// <summary>
/// Each folder under <c>Snapshots/</c> holds a worker source (<c>Input.cs</c>) and every file the generator must emit
/// for it, compared exactly but for the generator's version, which the files hold as <see cref="VersionPlaceholder"/>
/// so that a version bump rewrites no snapshot. Set <c>UPDATE_SNAPSHOTS=1</c> to rewrite the expected files from the
/// generator's output (then review the diff).
/// </summary>
public sealed class GeneratedSourceSnapshotTests
{
    private const string VersionPlaceholder = "{GeneratorVersion}";

    private static readonly string GeneratorVersion = typeof(ExternalWorkerGenerator).Assembly.GetName().Version!.ToString();

    [Theory]
    [InlineData("ChargeCard")]
    [InlineData("EveryBindingRow")]
    [InlineData("OptionalParameters")]
    [InlineData("OutputVariables")]
    [InlineData("NestedRecordWithJsonContext")]
    public async Task Generated_sources_match_the_snapshot_and_compile_without_diagnostics(string snapshot)
    {
        var directory = Path.Combine(RepositoryPaths.Snapshots, snapshot);
        var input = await File.ReadAllTextAsync(Path.Combine(directory, "Input.cs"));
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            UpdateSnapshot(directory, input);
        }

        var test = new SnapshotTest { TestState = { Sources = { input } } };
        // In the order the generator adds them: each worker's file in declaration order, then the registry.
        var expectedFiles = Directory.GetFiles(directory, "*.g.cs")
            .OrderBy(file => Path.GetFileName(file) == "ExternalWorkers.g.cs")
            .ThenBy(file => file, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expectedFiles);
        foreach (var file in expectedFiles)
        {
            var expected = WithVersion(await File.ReadAllTextAsync(file));
            test.TestState.GeneratedSources.Add((typeof(ExternalWorkerGenerator), Path.GetFileName(file), SourceText.From(expected, Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public async Task Generated_sources_do_not_depend_on_the_current_culture(string culture)
    {
        var directory = Path.Combine(RepositoryPaths.Snapshots, "OptionalParameters");
        var compilation = TestCompilation.Create(await File.ReadAllTextAsync(Path.Combine(directory, "Input.cs")));
        var original = System.Globalization.CultureInfo.CurrentCulture;
        GeneratorRunResult result;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
            (_, result) = TestCompilation.Run(compilation);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }

        foreach (var source in result.GeneratedSources)
        {
            Assert.Equal(WithVersion(await File.ReadAllTextAsync(Path.Combine(directory, source.HintName))), source.SourceText.ToString());
        }
    }

    [Fact]
    public void Snapshots_name_the_generator_version_only_by_its_placeholder()
    {
        var files = Directory.GetFiles(RepositoryPaths.Snapshots, "*.g.cs", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var text = File.ReadAllText(file);
            Assert.Contains($"GeneratedCode(\"Flowable.Workers.Typed.Generators\", \"{VersionPlaceholder}\")", text, StringComparison.Ordinal);
            Assert.DoesNotContain(GeneratorVersion, text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_generated_member_is_marked_generated_non_user_code_and_excluded_from_coverage()
    {
        var (_, result) = TestCompilation.Run(TestCompilation.Create(File.ReadAllText(Path.Combine(RepositoryPaths.Snapshots, "OutputVariables", "Input.cs"))));

        foreach (var source in result.GeneratedSources)
        {
            var lines = source.SourceText.Lines.Select(line => line.ToString().Trim()).ToList();
            var marked = lines.Select((line, index) => (line, index)).Where(pair => pair.line.StartsWith("[global::System.CodeDom.Compiler.GeneratedCode(", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(marked);
            foreach (var (_, index) in marked)
            {
                Assert.Equal("[global::System.Diagnostics.DebuggerNonUserCode]", lines[index + 1]);
                Assert.Equal("[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]", lines[index + 2]);
            }

            // The registry class, the worker's Definition and ExecuteAsync, and each output mapping.
            var members = lines.Count(line => line.StartsWith("internal static class ExternalWorkers", StringComparison.Ordinal)
                || line.Contains(".Definition { get; }", StringComparison.Ordinal)
                || line.Contains(".ExecuteAsync(", StringComparison.Ordinal)
                || line.Contains(" ToWorkerResult(", StringComparison.Ordinal) && line.StartsWith("static ", StringComparison.Ordinal));
            Assert.Equal(members, marked.Count);
        }
    }

    private static string WithVersion(string snapshot) => snapshot.Replace(VersionPlaceholder, GeneratorVersion, StringComparison.Ordinal);

    private static void UpdateSnapshot(string directory, string input)
    {
        foreach (var stale in Directory.GetFiles(directory, "*.g.cs"))
        {
            File.Delete(stale);
        }

        var (_, result) = TestCompilation.Run(TestCompilation.Create(input));
        foreach (var source in result.GeneratedSources)
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString().Replace(GeneratorVersion, VersionPlaceholder, StringComparison.Ordinal));
        }
    }
}
