using System.Globalization;
using System.Runtime.InteropServices;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>
/// Jobs per second of the SDK against the emulator on loopback, next to a hand-written HttpClient loop doing the same
/// work (the ceiling), for each setting of the grid; allocated bytes per job; and the idle cost of a subscription.
/// </summary>
internal static class ThroughputBenchmark
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    /// <returns>0 when every run completed every job; 1 when a run failed; 2 for bad arguments.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = BenchmarkArguments.Parse(args, out var error);
        if (arguments is null)
        {
            await output.WriteLineAsync(error);
            await output.WriteLineAsync(BenchmarkArguments.Usage);
            return 2;
        }

        try
        {
            await RunAsync(arguments, output);
            return 0;
        }
        catch (Exception exception)
        {
            await output.WriteLineAsync($"FAILED: {exception.Message}");
            return 1;
        }
    }

    private static async Task RunAsync(BenchmarkArguments arguments, TextWriter output)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, load average {LoadAverage()}; {arguments.Jobs} jobs per run, best of {arguments.Repeat}"));
        if (!arguments.Check)
        {
            // Warm up every path (JIT tiers, connection pools) so that the first setting measured is not penalised.
            foreach (var setting in Setting.Grid)
            {
                await SdkRun.RunAsync(setting, 200, RunTimeout);
                await RawHttpRun.RunAsync(setting, 200, RunTimeout);
            }
        }

        await output.WriteLineAsync(
            "| MaxConcurrency | NumberOfTasks | SDK jobs/s | raw HttpClient jobs/s | SDK / raw | SDK CPU µs/job | raw CPU µs/job | SDK bytes/job | raw bytes/job | SDK jobs/acquire | raw jobs/acquire |");
        await output.WriteLineAsync("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // Rounds over the whole grid rather than repeats of one setting, so that no setting always follows the same one
        // (the thread pool a previous setting grew changes the next one's cost).
        var sdk = new Measurement?[Setting.Grid.Length];
        var raw = new Measurement?[Setting.Grid.Length];
        for (var round = 0; round < arguments.Repeat; round++)
        {
            for (var i = 0; i < Setting.Grid.Length; i++)
            {
                sdk[i] = Best(sdk[i], await SdkRun.RunAsync(Setting.Grid[i], arguments.Jobs, RunTimeout));
                raw[i] = Best(raw[i], await RawHttpRun.RunAsync(Setting.Grid[i], arguments.Jobs, RunTimeout));
            }
        }

        for (var i = 0; i < Setting.Grid.Length; i++)
        {
            await output.WriteLineAsync(Row(Setting.Grid[i], sdk[i]!.Value, raw[i]!.Value));
        }

        var idle = await IdleCost.RequestsPerMinuteAsync(TimeSpan.FromSeconds(arguments.IdleSeconds));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Idle cost: {idle:F1} requests/minute for one subscription with default settings, measured over {arguments.IdleSeconds} s."));
    }

    private static string Row(Setting setting, Measurement sdk, Measurement raw) => string.Create(CultureInfo.InvariantCulture,
        $"| {setting.MaxConcurrency} | {setting.NumberOfTasks} | {sdk.JobsPerSecond:F0} | {raw.JobsPerSecond:F0} | {sdk.JobsPerSecond / raw.JobsPerSecond:F2} | {sdk.ProcessorMicrosecondsPerJob:F0} | {raw.ProcessorMicrosecondsPerJob:F0} | {sdk.AllocatedBytesPerJob:F0} | {raw.AllocatedBytesPerJob:F0} | {sdk.JobsPerAcquire:F1} | {raw.JobsPerAcquire:F1} |");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static Measurement Best(Measurement? best, Measurement next) =>
        best is { } current && current.JobsPerSecond >= next.JobsPerSecond ? current : next;
}
