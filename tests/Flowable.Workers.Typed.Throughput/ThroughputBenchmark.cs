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
            await SdkRun.RunAsync(new Setting(4, 10), 300, RunTimeout);
            await RawHttpRun.RunAsync(new Setting(4, 10), 300, RunTimeout);
        }

        await output.WriteLineAsync(
            "| MaxConcurrency | NumberOfTasks | SDK jobs/s | raw HttpClient jobs/s | SDK / raw | SDK CPU µs/job | raw CPU µs/job | SDK bytes/job | raw bytes/job | SDK jobs/acquire | raw jobs/acquire |");
        await output.WriteLineAsync("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var setting in Setting.Grid)
        {
            Measurement? sdk = null;
            Measurement? raw = null;
            for (var i = 0; i < arguments.Repeat; i++)
            {
                sdk = Best(sdk, await SdkRun.RunAsync(setting, arguments.Jobs, RunTimeout));
                raw = Best(raw, await RawHttpRun.RunAsync(setting, arguments.Jobs, RunTimeout));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {setting.MaxConcurrency} | {setting.NumberOfTasks} | {sdk!.Value.JobsPerSecond:F0} | {raw!.Value.JobsPerSecond:F0} | {sdk.Value.JobsPerSecond / raw.Value.JobsPerSecond:F2} | {sdk.Value.ProcessorMicrosecondsPerJob:F0} | {raw.Value.ProcessorMicrosecondsPerJob:F0} | {sdk.Value.AllocatedBytesPerJob:F0} | {raw.Value.AllocatedBytesPerJob:F0} | {sdk.Value.JobsPerAcquire:F1} | {raw.Value.JobsPerAcquire:F1} |"));
        }

        var idle = await IdleCost.RequestsPerMinuteAsync(TimeSpan.FromSeconds(arguments.IdleSeconds));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Idle cost: {idle:F1} requests/minute for one subscription with default settings, measured over {arguments.IdleSeconds} s."));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static Measurement Best(Measurement? best, Measurement next) =>
        best is { } current && current.JobsPerSecond >= next.JobsPerSecond ? current : next;
}
