using System.Text;
using Flowable.Workers.Typed.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Generators.Tests;

/// <summary>
/// Each folder under <c>Snapshots/</c> holds a worker source (<c>Input.cs</c>) and every file the generator must emit
/// for it, compared exactly. Set <c>UPDATE_SNAPSHOTS=1</c> to rewrite the expected files from the generator's output
/// (then review the diff).
/// </summary>
public sealed class GeneratedSourceSnapshotTests
{
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
            var expected = await File.ReadAllTextAsync(file);
            test.TestState.GeneratedSources.Add((typeof(ExternalWorkerGenerator), Path.GetFileName(file), SourceText.From(expected, Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    private static void UpdateSnapshot(string directory, string input)
    {
        foreach (var stale in Directory.GetFiles(directory, "*.g.cs"))
        {
            File.Delete(stale);
        }

        var (_, result) = TestCompilation.Run(TestCompilation.Create(input));
        foreach (var source in result.GeneratedSources)
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
        }
    }
}
