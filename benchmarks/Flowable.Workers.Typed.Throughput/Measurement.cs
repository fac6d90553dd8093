using System.Diagnostics;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>
/// How long a run took for its jobs, and how much processor time and memory the whole process (client and emulator)
/// used meanwhile. Processor time per job depends less on other load on the machine than jobs per second do.
/// </summary>
internal readonly record struct Measurement(int Jobs, TimeSpan Elapsed, TimeSpan ProcessorTime, long AllocatedBytes)
{
    /// <summary>How many acquire requests the run sent: fewer per job means larger batches.</summary>
    public int Acquires { get; init; }

    public double JobsPerAcquire => (double)Jobs / Acquires;

    public double JobsPerSecond => Jobs / Elapsed.TotalSeconds;

    public double AllocatedBytesPerJob => (double)AllocatedBytes / Jobs;

    public double ProcessorMicrosecondsPerJob => ProcessorTime.TotalMicroseconds / Jobs;

    /// <summary>Measures <paramref name="run"/>, which must return once <paramref name="jobs"/> jobs have an outcome.</summary>
    public static async Task<Measurement> TakeAsync(int jobs, Func<Task> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var processorBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await run();
        clock.Stop();
        process.Refresh();
        return new Measurement(
            jobs, clock.Elapsed, process.TotalProcessorTime - processorBefore, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }
}
