using System.Diagnostics;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>
/// How long a run took for its jobs, and how much processor time and memory this process (the client alone: the server
/// runs in another process) used meanwhile. Processor time per job depends less on other load on the machine than
/// jobs per second do.
/// </summary>
internal readonly record struct Measurement(int Jobs, TimeSpan Elapsed, TimeSpan ProcessorTime, long AllocatedBytes, ServerCounts Server)
{
    public double JobsPerAcquire => (double)Jobs / Server.Acquires;

    public double JobsPerSecond => Jobs / Elapsed.TotalSeconds;

    public double AllocatedBytesPerJob => (double)AllocatedBytes / Jobs;

    public double ProcessorMicrosecondsPerJob => ProcessorTime.TotalMicroseconds / Jobs;

    /// <summary>Measures <paramref name="run"/>, which returns once the server has an outcome for each of <paramref name="jobs"/> jobs.</summary>
    public static async Task<Measurement> TakeAsync(int jobs, Func<Task<ServerCounts>> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var processorBefore = Environment.CpuUsage.TotalTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var server = await run();
        clock.Stop();
        var processor = Environment.CpuUsage.TotalTime - processorBefore;
        return new Measurement(jobs, clock.Elapsed, processor, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, server);
    }
}
