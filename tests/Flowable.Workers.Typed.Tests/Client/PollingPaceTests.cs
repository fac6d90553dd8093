using Flowable.Workers.Typed.Engine;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Tests.Client;

/// <summary>
/// When the subscription polls: at once while jobs flow, after the poll interval (with jitter) when idle, and after an
/// exponentially growing, capped delay while acquires fail. The client runs on a fake clock that the test moves.
/// </summary>
public sealed class PollingPaceTests
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task While_jobs_flow_it_polls_again_at_once_and_when_none_are_left_it_waits_the_poll_interval_with_jitter()
    {
        var clock = new RecordingTimeProvider();
        await using var flowable = await EmulatedFlowable.StartAsync(configureClient: client => client.TimeProvider = clock);
        var jobIds = Enumerable.Range(0, 5).Select(_ => flowable.Emulator.CreateBpmnJob("work")).ToList();
        var options = new ExternalWorkerSubscriptionOptions { PollInterval = PollInterval, LockDuration = TimeSpan.FromMinutes(5) };

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => null, options);
        await flowable.Emulator.WaitForOutcomesAsync(jobIds, EmulatedFlowable.Timeout);
        var firstIdleWait = await clock.TimerAsync(jobIds.Count);

        // Every job ran without the clock moving: no wait between the acquires that returned jobs.
        Assert.Equal(6, flowable.RequestsTo("/acquire/jobs").Count);
        Assert.All(clock.DueTimes.Take(jobIds.Count), lockDeadline => Assert.True(lockDeadline > PollInterval * 2));
        var idleWaits = new List<TimeSpan> { firstIdleWait };
        for (var i = 1; i < 4; i++)
        {
            clock.Advance(idleWaits[^1]);
            idleWaits.Add(await clock.TimerAsync(jobIds.Count + i));
            Assert.Equal(6 + i, flowable.RequestsTo("/acquire/jobs").Count);
        }

        Assert.All(idleWaits, wait => Assert.InRange(wait, PollInterval * 0.8, PollInterval * 1.2));
        Assert.True(idleWaits.Distinct().Count() > 1, $"idle waits should be jittered: {string.Join(", ", idleWaits)}");
    }

    [Fact]
    public async Task Failed_acquires_are_retried_quickly_then_back_off_to_at_most_a_second_and_a_success_resets_the_backoff()
    {
        var clock = new RecordingTimeProvider();
        await using var flowable = await EmulatedFlowable.StartAsync(configureClient: client => client.TimeProvider = clock);
        flowable.Emulator.Faults.AcquireOutage = true;
        var options = new ExternalWorkerSubscriptionOptions
        {
            PollInterval = PollInterval,
            ErrorBackoffInitialDelay = TimeSpan.FromSeconds(1),
            ErrorBackoffMaxDelay = TimeSpan.FromSeconds(8),
        };

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => null, options);
        var backoff = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            backoff.Add(await clock.TimerAsync(i));
            // The first two failures were retried at once, without a timer.
            Assert.Equal(i + ErrorBackoff.ImmediateRetries + 1, flowable.RequestsTo("/acquire/jobs").Count);
            if (i < 5)
            {
                clock.Advance(backoff[i]);
            }
        }

        flowable.Emulator.Faults.AcquireOutage = false;
        clock.Advance(backoff[^1]);
        var idleWait = await clock.TimerAsync(6);
        flowable.Emulator.Faults.AcquireOutage = true;
        clock.Advance(idleWait);
        var afterReset = await clock.TimerAsync(7);

        Assert.InRange(backoff[0], TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(8));
        Assert.InRange(backoff[1], TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(32));
        Assert.InRange(backoff[2], TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1));

        // A 5xx outage: the doubling backoff (2 s, 4 s, 8 s) is capped so that work resumes within a second of Flowable's return.
        Assert.All(backoff.Skip(3), delay => Assert.Equal(TimeSpan.FromSeconds(1), delay));
        Assert.InRange(idleWait, PollInterval * 0.8, PollInterval * 1.2);
        // A success reset the backoff: the next two failures were retried at once again, the one after them within milliseconds.
        Assert.InRange(afterReset, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(8));
        Assert.Equal(
            new int?[] { 503, 503, 503, 503, 503, 503, 503, 503, 200, 503, 503, 503 },
            flowable.RequestsTo("/acquire/jobs").Select(r => r.StatusCode));
    }
}
