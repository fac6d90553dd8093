using Flowable.Workers.Typed.Benchmarks.Binding;
using Flowable.Workers.Typed.Benchmarks.Generator;

namespace Flowable.Workers.Typed.Benchmarks.Check;

/// <summary>
/// <c>--check</c>: runs every benchmark body a few times without BenchmarkDotNet and verifies what they produce, so CI
/// builds and smokes the benchmarks in seconds. Exit code 1 when the generated adapter and the reflection binder
/// disagree on any job, or the generator does not emit one file per worker plus the registry.
/// </summary>
public static class SmokeCheck
{
    private const int Repetitions = 3;

    /// <summary>Runs the check.</summary>
    /// <param name="output">Where each step's verdict is written.</param>
    /// <returns>0 when everything matched, 1 otherwise.</returns>
    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var failures = 0;
        failures += CheckBindingBenchmarks(output);
        failures += CheckSameOutcome(output, "valid job", BenchmarkJobs.Valid());
        failures += CheckSameOutcome(output, "wrong kind", BenchmarkJobs.WrongQuantity());
        failures += CheckSameOutcome(output, "missing variable", BenchmarkJobs.MissingOrder());
        failures += CheckGeneratorBenchmarks(output);
        failures += CheckModelCheckBenchmarks(output);
        output.WriteLine(failures == 0 ? "check: all benchmark bodies ran and matched" : $"check: {failures} mismatches");
        return failures == 0 ? 0 : 1;
    }

    private static int CheckBindingBenchmarks(TextWriter output)
    {
        var benchmarks = new BindingBenchmarks();
        var failures = 0;
        for (var i = 0; i < Repetitions; i++)
        {
            var generated = ResultText.Render(benchmarks.Generated());
            var reflection = ResultText.Render(benchmarks.Reflection());
            if (generated != reflection)
            {
                failures++;
                output.WriteLine($"binding benchmark: results differ\n  generated:  {generated}\n  reflection: {reflection}");
            }
        }

        output.WriteLine($"binding benchmark: {Repetitions} runs of each body, {(failures == 0 ? "identical results" : "MISMATCH")}");
        return failures;
    }

    private static int CheckSameOutcome(TextWriter output, string label, ExternalWorkerJob job)
    {
        var generated = BindingComparison.Generated(job);
        var reflection = BindingComparison.Reflection(job);
        if (generated == reflection)
        {
            output.WriteLine($"{label}: identical ({generated.Split('\n')[0]})");
            return 0;
        }

        output.WriteLine($"{label}: MISMATCH\n  generated:  {generated}\n  reflection: {reflection}");
        return 1;
    }

    private static int CheckGeneratorBenchmarks(TextWriter output)
    {
        var benchmarks = new GeneratorBenchmarks();
        benchmarks.Setup();
        const int expectedFiles = GeneratorWorkload.WorkerCount + 1;
        var failures = 0;
        for (var i = 0; i < Repetitions; i++)
        {
            failures += ExpectFiles(output, "cold run", benchmarks.ColdRun().GetRunResult(), expectedFiles);
            failures += ExpectFiles(output, "incremental run", benchmarks.IncrementalRunAfterBodyEdit().GetRunResult(), expectedFiles);
        }

        output.WriteLine($"generator benchmark: {Repetitions} cold and incremental runs, {(failures == 0 ? $"{expectedFiles} files each" : "MISMATCH")}");
        return failures;
    }

    private static int ExpectFiles(TextWriter output, string label, Microsoft.CodeAnalysis.GeneratorDriverRunResult result, int expected)
    {
        if (result.GeneratedTrees.Length == expected && result.Diagnostics.IsEmpty)
        {
            return 0;
        }

        output.WriteLine($"{label}: {result.GeneratedTrees.Length} files (expected {expected}), {result.Diagnostics.Length} diagnostics");
        return 1;
    }

    private static int CheckModelCheckBenchmarks(TextWriter output)
    {
        var workload = new ModelCheckWorkload();
        var findings = workload.WithoutModels().Length + workload.WithModelsParsed().Length;
        workload.WithModelsCached();
        workload.WithModelsCached();
        var parses = workload.WarmCacheParses;
        var ok = findings == 0 && parses == ProcessModelSources.ModelCount;
        output.WriteLine($"model check benchmark: {findings} diagnostics, {parses} parses for {ProcessModelSources.ModelCount} models over two cached runs{(ok ? "" : " MISMATCH")}");
        return ok ? 0 : 1;
    }
}
