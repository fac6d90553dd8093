using System.Diagnostics;
using System.Globalization;
using Flowable.Workers.Typed.Benchmarks.Generator;

namespace Flowable.Workers.Typed.Benchmarks.Check;

/// <summary>
/// <c>--models</c>: what 100 models of 200 elements add to a build of 200 workers, measured steadily on a busy machine:
/// the process-model analyzer's own execution time (Roslyn's analyzer telemetry) alone and among the package's other
/// analyzers, with every model parsed and with every model cached, and the wall time of generator + analyzers with and
/// without models, in alternating rounds.
/// </summary>
public static class ModelCheckTiming
{
    private const int Rounds = 7;

    /// <summary>Runs the measurement.</summary>
    /// <param name="output">Where the medians are written.</param>
    /// <returns>0.</returns>
    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var workload = new ModelCheckWorkload();
        workload.WithModelsCached();
        var parsed = new List<double>();
        var cached = new List<double>();
        var reads = new List<double>();
        var workerAnalyzer = new List<double>();
        var buildNone = new List<double>();
        var buildParsed = new List<double>();
        var buildParsedModels = new List<double>();
        var buildCachedModels = new List<double>();
        var without = new List<double>();
        var with = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            reads.Add(Time(() => workload.ReadModels()));
            workerAnalyzer.Add(workload.ExternalWorkerAnalyzerTime().TotalMilliseconds);
            parsed.Add(workload.ProcessModelAnalyzerTime(parsed: true).TotalMilliseconds);
            cached.Add(workload.ProcessModelAnalyzerTime(parsed: false).TotalMilliseconds);
            buildNone.Add(workload.BuildAnalyzerTimes(ModelState.None).All.TotalMilliseconds);
            var inBuild = workload.BuildAnalyzerTimes(ModelState.Parsed);
            buildParsed.Add(inBuild.All.TotalMilliseconds);
            buildParsedModels.Add(inBuild.ProcessModels.TotalMilliseconds);
            buildCachedModels.Add(workload.BuildAnalyzerTimes(ModelState.Cached).ProcessModels.TotalMilliseconds);
            without.Add(Time(() => workload.WithoutModels()));
            with.Add(Time(() => workload.WithModelsParsed()));
        }

        Write(output, $"{ProcessModelSources.ModelCount} models x {ProcessModelSources.ElementsPerModel} elements, {GeneratorWorkload.WorkerCount} workers, median of {Rounds} rounds");
        Write(output, $"reading the models alone: {Median(reads):F0} ms");
        Write(output, $"worker analyzer (FLW0001-0045) alone, for comparison: {Median(workerAnalyzer):F0} ms");
        Write(output, $"process-model analyzer alone, models parsed: {Median(parsed):F0} ms");
        Write(output, $"process-model analyzer alone, models cached: {Median(cached):F0} ms");
        Write(output, $"in a build (the three analyzers together), process-model analyzer, models parsed: {Median(buildParsedModels):F0} ms");
        Write(output, $"in a build, process-model analyzer, models cached: {Median(buildCachedModels):F0} ms");
        Write(output, $"in a build, all three analyzers: {Median(buildNone):F0} ms without models, {Median(buildParsed):F0} ms with models parsed (difference of medians {Median(buildParsed) - Median(buildNone):F0} ms)");
        Write(output, $"generator + analyzers without models: {Median(without):F0} ms");
        Write(output, $"generator + analyzers with models parsed: {Median(with):F0} ms (difference of medians {Median(with) - Median(without):F0} ms)");
        return 0;
    }

    private static void Write(TextWriter output, FormattableString line) => output.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
