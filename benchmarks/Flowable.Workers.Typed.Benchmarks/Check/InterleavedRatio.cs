using System.Diagnostics;
using System.Globalization;
using Flowable.Workers.Typed.Benchmarks.Binding;

namespace Flowable.Workers.Typed.Benchmarks.Check;

/// <summary>
/// <c>--ratio</c>: the binding benchmark's two bodies measured in alternating batches, keeping each one's fastest
/// batch. On a shared machine whose load changes from minute to minute, BenchmarkDotNet's one-after-the-other runs
/// can see different loads; alternating batches see the same, so their ratio is the steadier number.
/// </summary>
public static class InterleavedRatio
{
    private const int Rounds = 40;
    private const int BatchSize = 20_000;
    private const int AllocationSamples = 1_000;

    /// <summary>Measures and prints per-job time and allocation of both bodies and their ratios.</summary>
    /// <param name="output">Where the numbers are written.</param>
    /// <returns>0.</returns>
    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var benchmarks = new BindingBenchmarks();
        var generated = new Measurement(() => benchmarks.Generated());
        var reflection = new Measurement(() => benchmarks.Reflection());
        for (var round = 0; round < Rounds; round++)
        {
            generated.RunBatch();
            reflection.RunBatch();
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated:  {generated.FastestNanoseconds,8:F0} ns/job {generated.AllocatedBytesPerJob(),6} B/job"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reflection: {reflection.FastestNanoseconds,8:F0} ns/job {reflection.AllocatedBytesPerJob(),6} B/job"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated is {reflection.FastestNanoseconds / generated.FastestNanoseconds:F2}x faster and allocates {(double)generated.AllocatedBytesPerJob() / reflection.AllocatedBytesPerJob():F2} of the reflection binder's bytes"));
        return 0;
    }

    private sealed class Measurement(Func<WorkerResult> body)
    {
        public double FastestNanoseconds { get; private set; } = double.MaxValue;

        public void RunBatch()
        {
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < BatchSize; i++)
            {
                body();
            }

            FastestNanoseconds = Math.Min(FastestNanoseconds, stopwatch.Elapsed.TotalNanoseconds / BatchSize);
        }

        public long AllocatedBytesPerJob()
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < AllocationSamples; i++)
            {
                body();
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / AllocationSamples;
        }
    }
}
