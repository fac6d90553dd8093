using System.Diagnostics;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Flowable.Workers.Typed.Tests.Engine;

/// <summary>A failed acquire is retried soon; the backoff grows only while failures follow each other, and stays short
/// enough during an outage that work resumes soon after Flowable answers again.</summary>
public sealed class AcquireBackoffTests(ITestOutputHelper output)
{
    [Fact]
    public async Task One_failed_acquire_is_retried_at_once_not_after_the_backoff_step()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        flowable.Emulator.Faults.Script(EmulatorEndpoint.Acquire, 1, EmulatorFault.Status(500));
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        var options = new ExternalWorkerSubscriptionOptions { PollInterval = TimeSpan.FromMilliseconds(20) };

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => result.Success(), options);
        await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        var failure = Assert.Single(flowable.LogsWithId(11));
        Assert.Equal(TimeSpan.Zero, DelayOf(failure.GetStructuredStateValue("Delay")));
    }

    [Fact]
    public async Task During_an_outage_acquires_are_retried_at_least_every_second_so_work_resumes_soon_after()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var options = new ExternalWorkerSubscriptionOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(20),
            ErrorBackoffInitialDelay = TimeSpan.FromMilliseconds(50),
        };
        flowable.Emulator.Faults.AcquireOutage = true;

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => result.Success(), options);
        await EmulatedFlowable.WaitUntilAsync(() => flowable.Emulator.Faults.CallsTo(EmulatorEndpoint.Acquire) >= 9, "nine acquires failed");
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        var resumed = Stopwatch.StartNew();
        flowable.Emulator.Faults.AcquireOutage = false;
        await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);
        output.WriteLine($"Work resumed {resumed.ElapsedMilliseconds} ms after the outage ended.");

        var delays = flowable.Logs.GetSnapshot()
            .Where(log => log.Id.Id is 11 or 14)
            .Select(log => DelayOf(log.GetStructuredStateValue("Delay")))
            .ToList();
        Assert.True(delays.Count >= 9, $"{delays.Count} retries logged");
        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task An_unreachable_Flowable_gives_one_line_per_retry_naming_the_cause_and_summarises_repeats()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var port = flowable.Emulator.Port;
        await flowable.Emulator.StopAsync();
        var options = EmulatedFlowable.FastOptions();

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => result.Success(), options);
        await EmulatedFlowable.WaitUntilAsync(() => flowable.LogsWithId(14).Count >= 8, "eight acquires failed");
        await flowable.Emulator.StartAsync();
        await EmulatedFlowable.WaitUntilAsync(() => flowable.LogsWithId(15).Count == 1, "the recovery is logged");

        var logs = flowable.Logs.GetSnapshot();
        var first = logs.First(log => log.Id.Id == 11);
        Assert.Equal(LogLevel.Warning, first.Level);
        Assert.Null(first.Exception);
        Assert.Matches($@"^Acquiring jobs on topic 'work' failed: connection refused to 127\.0\.0\.1:{port}; retrying at once$", first.Message);
        var visible = logs.Where(log => log.Level >= LogLevel.Warning).ToList();
        var failures = flowable.LogsWithId(14);
        Assert.All(failures, log => Assert.Equal(LogLevel.Debug, log.Level));
        Assert.All(failures, log => Assert.IsType<HttpRequestException>(log.Exception));
        Assert.True(visible.Count < failures.Count, $"{visible.Count} visible lines for {failures.Count} failures");
        Assert.Contains(visible, log => log.Id.Id == 16 && log.Message.Contains("still failing", StringComparison.Ordinal));
        var recovered = Assert.Single(flowable.LogsWithId(15));
        Assert.Equal(LogLevel.Information, recovered.Level);
        Assert.Matches(@"^Acquiring jobs on topic 'work' works again after \d+ failed attempts in [\d.]+ s$", recovered.Message);
    }

    /// <summary>Reads a logged delay: <c>250 ms</c> or <c>1.5 s</c>.</summary>
    /// <summary>Reads a logged retry delay back: "at once", "in 12 ms", "in 1 s".</summary>
    private static TimeSpan DelayOf(string? value)
    {
        if (value == "at once")
        {
            return TimeSpan.Zero;
        }

        var parts = value!.Split(' ');
        var amount = double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return parts[2] == "ms" ? TimeSpan.FromMilliseconds(amount) : TimeSpan.FromSeconds(amount);
    }
}
