using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Tests.Client;

/// <summary>The handler's token fires shortly before the job's lock expires, counted from when the acquire was sent.</summary>
public sealed class LockDeadlineTests
{
    private static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_handler_deadline_counts_from_the_acquire_request_not_from_its_slow_answer()
    {
        var clock = new RecordingTimeProvider();
        var slowAnswer = new InterceptingHandler
        {
            Answered = path =>
            {
                if (path.EndsWith("/acquire/jobs", StringComparison.Ordinal))
                {
                    clock.Advance(TimeSpan.FromMinutes(2));
                }
            },
        };
        await using var flowable = await EmulatedFlowable.StartAsync(configureClient: client =>
        {
            client.TimeProvider = clock;
            client.HttpMessageHandler = slowAnswer;
        });
        var jobId = flowable.Emulator.CreateBpmnJob("work");

        await using var subscription = flowable.Client.Subscribe(
            "work", (job, result, ct) => null, new ExternalWorkerSubscriptionOptions { LockDuration = LockDuration });
        await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        // Lock 5 min, of which 2 passed before the answer arrived, less the margin (a tenth of the lock, at most 10 s).
        Assert.Equal(TimeSpan.FromSeconds(170), await clock.TimerAsync(0));
    }

    [Fact]
    public async Task A_handler_still_running_shortly_before_its_lock_expires_is_cancelled_and_its_job_given_back_then_done_again()
    {
        var clock = new RecordingTimeProvider();
        await using var flowable = await EmulatedFlowable.StartAsync(configureClient: client => client.TimeProvider = clock);
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        var runs = 0;
        var firstRunCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                if (Interlocked.Increment(ref runs) == 1)
                {
                    await using var signal = ct.Register(() => firstRunCancelled.TrySetResult());
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return result.Success();
            },
            new ExternalWorkerSubscriptionOptions { LockDuration = LockDuration });
        var deadline = await clock.TimerAsync(0);
        var lockedUntil = flowable.Emulator.GetJob(jobId).LockExpirationTime;
        clock.Advance(deadline);
        await firstRunCancelled.Task.WaitAsync(EmulatedFlowable.Timeout);
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(TimeSpan.FromSeconds(290), deadline);
        Assert.NotNull(lockedUntil);
        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(2, runs);
        var history = flowable.Emulator.GetJob(jobId).History.Select(e => e.Kind).ToList();
        Assert.Contains(EmulatorJobEventKind.Unacquired, history);
        Assert.DoesNotContain(EmulatorJobEventKind.Failed, history);
        var log = Assert.Single(flowable.Logs.GetSnapshot(), record => record.Id.Id == 22);
        Assert.Equal(LogLevel.Warning, log.Level);
        Assert.Equal($"The handler of job {jobId} was still running when its lock was about to expire; giving the job back", log.Message);
    }
}
