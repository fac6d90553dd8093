using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Tests.Client;

public sealed class ConcurrencyTests
{
    [Theory]
    [InlineData(3, 1)]
    [InlineData(3, 3)]
    [InlineData(2, 5)]
    public async Task Never_more_handlers_run_than_max_concurrency_and_no_job_waits_for_a_slot_before_runs_show_their_pace(int maxConcurrency, int numberOfTasks)
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobIds = Enumerable.Range(0, 9).Select(_ => flowable.Emulator.CreateBpmnJob("work")).ToList();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var mostRunning = 0;
        var mostLocked = 0;

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedPeak.Raise(ref mostRunning, now);
                InterlockedPeak.Raise(ref mostLocked, LockedJobs(flowable));
                await release.Task;
                Interlocked.Decrement(ref running);
                return result.Success();
            },
            EmulatedFlowable.FastOptions(maxConcurrency, numberOfTasks));

        await EmulatedFlowable.WaitUntilAsync(() => Volatile.Read(ref running) == maxConcurrency, "every slot is busy");
        var acquiresWhileBusy = flowable.RequestsTo("/acquire/jobs").Count;
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.Equal(maxConcurrency, LockedJobs(flowable));
        Assert.Equal(acquiresWhileBusy, flowable.RequestsTo("/acquire/jobs").Count);

        release.SetResult();
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync(jobIds, EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.Equal(maxConcurrency, mostRunning);
        // Jobs held but not running (the local buffer) never exceed NumberOfTasks − 1.
        Assert.InRange(mostLocked, 1, maxConcurrency + numberOfTasks - 1);
        var acquires = flowable.RequestsTo("/acquire/jobs").Select(request => (int)request.JsonBody!["numberOfTasks"]!).ToList();
        // Before any run ended the pace is unknown: no acquire asked for more jobs than slots were free.
        Assert.All(acquires.Take(acquiresWhileBusy), asked => Assert.InRange(asked, 1, Math.Min(maxConcurrency, numberOfTasks)));
        Assert.All(acquires, asked => Assert.InRange(asked, 1, numberOfTasks));
    }

    [Fact]
    public async Task A_slow_job_does_not_hold_back_the_others()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var slow = flowable.Emulator.CreateBpmnJob("work", EmulatorVariable.Boolean("slow", true));
        var fast = Enumerable.Range(0, 4).Select(_ => flowable.Emulator.CreateBpmnJob("work", EmulatorVariable.Boolean("slow", false))).ToList();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                if (job.GetVariable<bool>("slow"))
                {
                    await release.Task;
                }

                return result.Success();
            },
            EmulatedFlowable.FastOptions(maxConcurrency: 2, numberOfTasks: 2));

        var fastOutcomes = await flowable.Emulator.WaitForOutcomesAsync(fast, EmulatedFlowable.Timeout);
        Assert.All(fastOutcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.True(flowable.Emulator.GetJob(slow).IsActive);

        release.SetResult();
        Assert.Equal(EmulatorOutcomeKind.Completed, (await flowable.Emulator.WaitForOutcomeAsync(slow, EmulatedFlowable.Timeout)).Kind);
    }

    private static int LockedJobs(EmulatedFlowable flowable) =>
        flowable.Emulator.Jobs.Count(job => job.IsActive && job.LockOwner == EmulatedFlowable.WorkerId);
}
