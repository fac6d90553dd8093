using System.Diagnostics;
using System.Globalization;
using Flowable.Workers.Typed.Benchmarks.Generator;

namespace Flowable.Workers.Typed.Benchmarks.Check;

/// <summary>
/// <c>--models</c>: what 100 models of 200 elements add to a build of 200 workers, measured steadily on a busy machine:
/// the process-model analyzer's own execution time (Roslyn's analyzer telemetry) with every model parsed and with
/// every model cached, and the wall time of generator + analyzers with and without models in alternating rounds.
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
        var without = new List<double>();
        var with = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            reads.Add(Time(() => workload.ReadModels()));
            workerAnalyzer.Add(workload.ExternalWorkerAnalyzerTime().TotalMilliseconds);
            parsed.Add(workload.ProcessModelAnalyzerTime(parsed: true).TotalMilliseconds);
            cached.Add(workload.ProcessModelAnalyzerTime(parsed: false).TotalMilliseconds);
            without.Add(Time(() => workload.WithoutModels()));
            with.Add(Time(() => workload.WithModelsParsed()));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ProcessModelSources.ModelCount} models x {ProcessModelSources.ElementsPerModel} elements, {GeneratorWorkload.WorkerCount} workers, median of {Rounds} rounds"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reading the models alone: {Median(reads):F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worker analyzer (FLW0001-0045), for comparison: {Median(workerAnalyzer):F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process-model analyzer, models parsed: {Median(parsed):F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process-model analyzer, models cached: {Median(cached):F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generator + analyzers without models: {Median(without):F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generator + analyzers with models parsed: {Median(with):F0} ms (difference of medians {Median(with) - Median(without):F0} ms)"));
        return 0;
    }

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
