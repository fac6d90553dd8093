using System.Globalization;
using System.Text.RegularExpressions;
using Flowable.Workers.Typed.Testing;
using Flowable.Workers.Typed.Tests.Client;

namespace Flowable.Workers.Typed.Tests.Engine;

/// <summary>
/// The local buffer: an acquire takes more jobs than it has free slots (up to NumberOfTasks) once earlier runs show
/// that the extra jobs will start with most of their lock left; a buffered job whose lock ran low is given back, and a
/// stop gives every buffered job back unstarted.
/// </summary>
public sealed partial class LocalBufferTests
{
    private const int AcquiredEventId = 10;

    [Fact]
    public async Task A_fast_single_slot_worker_takes_NumberOfTasks_jobs_per_acquire_once_a_run_showed_its_pace()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobIds = Enumerable.Range(0, 21).Select(_ => flowable.Emulator.CreateBpmnJob("work")).ToList();
        var ledger = new RunLedger();
        var running = 0;
        var overSlots = 0;

        await using var subscription = flowable.Client.Subscribe(
            "work",
            (job, result, ct) =>
            {
                ledger.Enter(job.Id);
                if (Interlocked.Increment(ref running) > 1)
                {
                    Interlocked.Increment(ref overSlots);
                }

                Interlocked.Decrement(ref running);
                ledger.Exit(job.Id);
                return result.Success();
            },
            EmulatedFlowable.FastOptions(maxConcurrency: 1, numberOfTasks: 10));
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync(jobIds, EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.Equal(0, overSlots);
        Assert.All(jobIds, id => Assert.Equal(1, ledger.RunsOf(id)));
        // The first acquire knows no pace and asks for the one free slot; the next ones fill the buffer.
        Assert.Equal([1, 10, 10], AcquiredCounts(flowable));
        Assert.Equal([1, 10, 10], AskedCounts(flowable).Take(3));
    }

    [Fact]
    public async Task With_several_slots_runs_that_end_start_the_buffered_jobs_never_more_at_once_than_there_are_slots()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobIds = Enumerable.Range(0, 60).Select(_ => flowable.Emulator.CreateBpmnJob("work")).ToList();
        var ledger = new RunLedger();
        var running = 0;
        var mostAtOnce = 0;

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                ledger.Enter(job.Id);
                var now = Interlocked.Increment(ref running);
                InterlockedPeak.Raise(ref mostAtOnce, now);
                await Task.Yield();
                Interlocked.Decrement(ref running);
                ledger.Exit(job.Id);
                return result.Success();
            },
            EmulatedFlowable.FastOptions(maxConcurrency: 3, numberOfTasks: 10));
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync(jobIds, EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.All(jobIds, id => Assert.Equal(1, ledger.RunsOf(id)));
        Assert.InRange(mostAtOnce, 1, 3);
        Assert.Equal(0, ledger.Overlaps);
        // Once the pace is known, acquires ask for more jobs than there are slots: the runs take them from the buffer.
        Assert.Contains(AskedCounts(flowable), asked => asked > 3);
        Assert.Empty(flowable.RequestsTo("/unacquire/jobs"));
    }

    [Fact]
    public async Task A_slow_worker_takes_no_more_jobs_than_it_has_free_slots()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobIds = Enumerable.Range(0, 3).Select(_ => flowable.Emulator.CreateBpmnJob("work")).ToList();
        var options = EmulatedFlowable.FastOptions(maxConcurrency: 1, numberOfTasks: 10);
        options.LockDuration = TimeSpan.FromSeconds(2);

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                // Half the lock: a job waiting behind this one would start with too little of its lock left.
                await Task.Delay(TimeSpan.FromMilliseconds(1000), ct);
                return result.Success();
            },
            options);
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync(jobIds, EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.All(AskedCounts(flowable), asked => Assert.Equal(1, asked));
        Assert.Empty(flowable.RequestsTo("/unacquire/jobs"));
    }

    [Fact]
    public async Task A_buffered_job_whose_lock_ran_low_while_it_waited_is_given_back_instead_of_started()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var warmUp = flowable.Emulator.CreateBpmnJob("work", EmulatorVariable.Boolean("slow", false));
        var slow = flowable.Emulator.CreateBpmnJob("work", EmulatorVariable.Boolean("slow", true));
        var waiting = Enumerable.Range(0, 2).Select(_ => flowable.Emulator.CreateBpmnJob("work", EmulatorVariable.Boolean("slow", false))).ToList();
        var ledger = new RunLedger();
        var options = EmulatedFlowable.FastOptions(maxConcurrency: 1, numberOfTasks: 3);
        options.LockDuration = TimeSpan.FromSeconds(2);

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                ledger.Enter(job.Id);
                try
                {
                    if (job.GetVariable<bool>("slow"))
                    {
                        // Past the time a job locked with this one may still start (half the lock before the handler limit).
                        await Task.Delay(TimeSpan.FromMilliseconds(1200), ct);
                    }

                    return result.Success();
                }
                finally
                {
                    ledger.Exit(job.Id);
                }
            },
            options);
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync([warmUp, slow, .. waiting], EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.Equal([1, 3], AcquiredCounts(flowable).Take(2));
        Assert.All(waiting, id =>
        {
            Assert.Equal(1, ledger.RunsOf(id));
            var givenBack = Assert.Single(flowable.Logs.GetSnapshot(), log => log.Message.StartsWith($"Gave back job {id}", StringComparison.Ordinal));
            Assert.Equal($"Gave back job {id} (it waited for a free slot until too little of its lock was left)", givenBack.Message);
            Assert.Contains(flowable.Emulator.GetJob(id).History, e => e.Kind == EmulatorJobEventKind.Unacquired);
        });
        Assert.Equal(0, ledger.Overlaps);
    }

    [Fact]
    public async Task Stopping_gives_back_the_buffered_jobs_without_starting_them()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var warmUp = flowable.Emulator.CreateBpmnJob("work", EmulatorVariable.Boolean("block", false));
        var blocking = flowable.Emulator.CreateBpmnJob("work", EmulatorVariable.Boolean("block", true));
        var waiting = Enumerable.Range(0, 2).Select(_ => flowable.Emulator.CreateBpmnJob("work", EmulatorVariable.Boolean("block", false))).ToList();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ledger = new RunLedger();

        var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                ledger.Enter(job.Id);
                if (job.GetVariable<bool>("block"))
                {
                    started.SetResult();
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return result.Success();
            },
            EmulatedFlowable.FastOptions(maxConcurrency: 1, numberOfTasks: 3));
        await started.Task.WaitAsync(EmulatedFlowable.Timeout);
        Assert.All(waiting, id => Assert.Equal(EmulatedFlowable.WorkerId, flowable.Emulator.GetJob(id).LockOwner));

        await subscription.StopAsync().WaitAsync(EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, (await flowable.Emulator.WaitForOutcomeAsync(warmUp, EmulatedFlowable.Timeout)).Kind);
        Assert.All([blocking, .. waiting], id =>
        {
            var job = flowable.Emulator.GetJob(id);
            Assert.True(job.IsActive);
            Assert.Null(job.LockOwner);
            Assert.Equal(3, job.Retries);
            Assert.Equal(EmulatorJobEventKind.Unacquired, job.History[^1].Kind);
        });
        Assert.All(waiting, id => Assert.Equal(0, ledger.RunsOf(id)));
        Assert.All(waiting, id => Assert.Contains(
            flowable.Logs.GetSnapshot(), log => log.Message == $"Gave back job {id} (the subscription is stopping)"));
    }

    /// <summary>How many jobs each acquire that got some returned, in order.</summary>
    private static List<int> AcquiredCounts(EmulatedFlowable flowable) =>
        flowable.LogsWithId(AcquiredEventId)
            .Select(log => int.Parse(AcquiredCount().Match(log.Message).Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>How many jobs each acquire asked for, in order.</summary>
    private static List<int> AskedCounts(EmulatedFlowable flowable) =>
        flowable.RequestsTo("/acquire/jobs").Select(request => (int)request.JsonBody!["numberOfTasks"]!).ToList();

    [GeneratedRegex(@"^Acquired (\d+) job\(s\)")]
    private static partial Regex AcquiredCount();
}
