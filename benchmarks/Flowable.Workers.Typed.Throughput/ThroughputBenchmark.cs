using System.Globalization;
using System.Runtime.InteropServices;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>
/// The SDK's cost per job next to a plain HttpClient loop's, both against the emulator in another process: client CPU
/// per job, allocated bytes per job and jobs per second for each row of <see cref="Row.Grid"/>, SDK and raw runs
/// alternating; optionally the SDK with a fraction of requests failing; and the idle cost of a subscription.
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
            await using var server = EmulatorProcess.Start();
            await RunAsync(server, arguments, output);
            return 0;
        }
        catch (Exception exception)
        {
            await output.WriteLineAsync($"FAILED: {exception.Message}");
            return 1;
        }
    }

    private static async Task RunAsync(EmulatorProcess server, BenchmarkArguments arguments, TextWriter output)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, load average {LoadAverage()}; {arguments.Jobs} jobs per run, median of {arguments.Repeat}, SDK and raw alternating"));
        var rows = arguments.Rows;
        if (!arguments.Check)
        {
            // Warm up every path (JIT tiers, connection pools, the server's) so that the first row is not penalised.
            foreach (var row in rows)
            {
                await RunOnceAsync(server, arguments, row, 300, [], [], []);
            }
        }

        var sdk = rows.Select(_ => new List<Measurement>()).ToArray();
        var raw = rows.Select(_ => new List<Measurement>()).ToArray();
        var faulty = rows.Select(_ => new List<Measurement>()).ToArray();
        // Rounds over the whole grid rather than repeats of one row, so that no row always follows the same one (the
        // thread pool a previous row grew changes the next one's cost) and slow phases of the machine hit every column.
        for (var round = 0; round < arguments.Repeat; round++)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                await RunOnceAsync(server, arguments, rows[i], arguments.Jobs, sdk[i], raw[i], faulty[i]);
            }
        }

        await output.WriteLineAsync(
            "| NumberOfTasks / MaxConcurrency | SDK jobs/s | raw jobs/s | SDK / raw jobs/s | SDK CPU µs/job | raw CPU µs/job | SDK / raw CPU | SDK bytes/job | raw bytes/job | SDK / raw bytes | SDK jobs/acquire | raw jobs/acquire |");
        await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < rows.Count; i++)
        {
            await output.WriteLineAsync(ResultRow(rows[i], sdk[i], raw[i]));
        }

        if (arguments.FailRate > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| NumberOfTasks / MaxConcurrency | SDK jobs/s, no faults | SDK jobs/s, {arguments.FailRate:P0} of requests answered 500 | with faults / without | requests answered 500 per run |"));
            await output.WriteLineAsync("|---|---:|---:|---:|---:|");
            for (var i = 0; i < rows.Count; i++)
            {
                await output.WriteLineAsync(FaultRow(rows[i], sdk[i], faulty[i]));
            }
        }

        var idle = await IdleCost.RequestsPerMinuteAsync(server, TimeSpan.FromSeconds(arguments.IdleSeconds));
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Idle cost: {idle:F1} requests/minute for one subscription with default settings, measured over {arguments.IdleSeconds} s."));
    }

    /// <summary>One SDK run, one raw run and (with a fail rate) one SDK run against failing requests, as the arguments ask.</summary>
    private static async Task RunOnceAsync(
        EmulatorProcess server, BenchmarkArguments arguments, Row row, int jobs, List<Measurement> sdk, List<Measurement> raw, List<Measurement> faulty)
    {
        if (arguments.Sdk)
        {
            sdk.Add(await SdkRun.RunAsync(server, row, jobs, 0, RunTimeout));
        }

        if (arguments.Raw)
        {
            raw.Add(await RawHttpRun.RunAsync(server, row, jobs, RunTimeout));
        }

        if (arguments.Sdk && arguments.FailRate > 0)
        {
            faulty.Add(await SdkRun.RunAsync(server, row, jobs, arguments.FailRate, RunTimeout));
        }
    }

    private static string ResultRow(Row row, List<Measurement> sdk, List<Measurement> raw)
    {
        var sdkRate = Median(sdk, m => m.JobsPerSecond);
        var rawRate = Median(raw, m => m.JobsPerSecond);
        var sdkCpu = Median(sdk, m => m.ProcessorMicrosecondsPerJob);
        var rawCpu = Median(raw, m => m.ProcessorMicrosecondsPerJob);
        var sdkBytes = Median(sdk, m => m.AllocatedBytesPerJob);
        var rawBytes = Median(raw, m => m.AllocatedBytesPerJob);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {row.Label} | {sdkRate:F0} | {rawRate:F0} | {sdkRate / rawRate:F2} | {sdkCpu:F0} | {rawCpu:F0} | {sdkCpu / rawCpu:F2} | {sdkBytes:F0} | {rawBytes:F0} | {sdkBytes / rawBytes:F2} | {Median(sdk, m => m.JobsPerAcquire):F1} | {Median(raw, m => m.JobsPerAcquire):F1} |");
    }

    private static string FaultRow(Row row, List<Measurement> clean, List<Measurement> faulty)
    {
        var cleanRate = Median(clean, m => m.JobsPerSecond);
        var faultyRate = Median(faulty, m => m.JobsPerSecond);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {row.Label} | {cleanRate:F0} | {faultyRate:F0} | {faultyRate / cleanRate:F2} | {Median(faulty, m => m.Server.Faults):F0} |");
    }

    /// <summary>The median of a side's runs; NaN (printed as such) when that side was not measured (<c>--only</c>).</summary>
    private static double Median(List<Measurement> measurements, Func<Measurement, double> value)
    {
        var sorted = measurements.Select(value).Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
