using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Tests.Engine;

[ExternalWorker("poison")]
public sealed partial class PoisonWorker
{
    public void Handle(int amount) => ArgumentOutOfRangeException.ThrowIfNegative(amount);
}

/// <summary>
/// Exactly one outcome per run of a job when answers are lost and locks expire: the engine knows which acquisition
/// of a job is current and never sends what an older one computed.
/// </summary>
public sealed class ExactlyOnceTests
{
    [Fact]
    public async Task A_fail_whose_answer_was_lost_is_not_retried_onto_the_jobs_next_run()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 3 });
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        flowable.Emulator.Faults.Script(EmulatorEndpoint.Fail, 1, EmulatorFault.DropAnswer(hold: TimeSpan.FromMilliseconds(300)));
        var ledger = new RunLedger();

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                var run = ledger.Enter(job.Id);
                try
                {
                    if (run == 1)
                    {
                        throw new InvalidOperationException("first run fails");
                    }

                    await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
                    return result.Success();
                }
                finally
                {
                    ledger.Exit(job.Id);
                }
            },
            EmulatedFlowable.FastOptions(maxConcurrency: 2, numberOfTasks: 2));
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        var job = flowable.Emulator.GetJob(jobId);
        Assert.Single(job.History, e => e.Kind == EmulatorJobEventKind.Failed);
        Assert.Equal(2, job.Retries);
        Assert.Equal(0, ledger.Overlaps);
        Assert.Equal(1, flowable.Emulator.Faults.CallsTo(EmulatorEndpoint.Fail));
    }

    [Fact]
    public async Task A_result_computed_after_the_lock_expired_is_not_sent_and_is_logged_with_how_late_it_was()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        var ledger = new RunLedger();
        var firstRunReturned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = EmulatedFlowable.FastOptions(maxConcurrency: 2, numberOfTasks: 2);
        options.LockDuration = TimeSpan.FromSeconds(1);

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                var run = ledger.Enter(job.Id);
                try
                {
                    if (run == 1)
                    {
                        // Ignores its token and outlives its lock.
                        await Task.Delay(TimeSpan.FromMilliseconds(2500), CancellationToken.None);
                        return result.Success().Variable("run", 1);
                    }

                    // A newer run starts after the first one ended, and only with more than half of its lock left
                    // (else the job is given back and acquired anew), so this short handler is never late.
                    await firstRunReturned.Task;
                    await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
                    return result.Success().Variable("run", run);
                }
                finally
                {
                    ledger.Exit(job.Id);
                    if (run == 1)
                    {
                        firstRunReturned.SetResult();
                    }
                }
            },
            options);
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.NotEqual(EmulatorVariable.Integer("run", 1), outcome.Variable("run"));
        Assert.Equal(0, ledger.Overlaps);
        var late = Assert.Single(flowable.Logs.GetSnapshot(), log => log.Message.Contains("after its lock expired", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, late.Level);
        Assert.Contains(jobId, late.Message, StringComparison.Ordinal);
        Assert.Matches(@"\d+ ms after its lock expired", late.Message);
    }

    [Fact]
    public async Task A_job_whose_handler_always_outlives_its_lock_is_failed_for_good_after_three_overruns()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        var ledger = new RunLedger();
        var options = EmulatedFlowable.FastOptions();
        options.LockDuration = TimeSpan.FromMilliseconds(400);

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                ledger.Enter(job.Id);
                await Task.Delay(TimeSpan.FromMilliseconds(700), CancellationToken.None);
                ledger.Exit(job.Id);
                return result.Success();
            },
            options);
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(30));

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Equal("The handler did not finish within its lock (PT0.4S) 3 times; raise LockDuration or honour the token", outcome.ErrorMessage);
        Assert.Equal(3, ledger.RunsOf(jobId));
        Assert.Single(flowable.Emulator.GetJob(jobId).History, e => e.Kind == EmulatorJobEventKind.Failed);
    }

    [Fact]
    public async Task A_variable_that_can_never_bind_dead_letters_the_job_at_once()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 3 });
        var jobId = flowable.Emulator.CreateBpmnJob("poison", EmulatorVariable.String("amount", "not a number"));

        await using var subscription = flowable.Run<PoisonWorker>();
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        var failed = Assert.Single(flowable.Emulator.GetJob(jobId).History, e => e.Kind == EmulatorJobEventKind.Failed);
        Assert.Equal(0, failed.RequestedRetries);
        Assert.StartsWith("Variable 'amount'", outcome.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_completion_applied_but_whose_answer_was_lost_is_logged_as_already_reported_not_as_a_lost_lock()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        flowable.Emulator.Faults.Script(EmulatorEndpoint.Complete, 1, EmulatorFault.DropAnswer());

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => result.Success(), EmulatedFlowable.FastOptions());
        await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);
        await EmulatedFlowable.WaitUntilAsync(
            () => flowable.Logs.GetSnapshot().Any(log => log.Message.Contains("already reported", StringComparison.Ordinal)), "the sender checked the job");
        await subscription.StopAsync().WaitAsync(EmulatedFlowable.Timeout);

        var logs = flowable.Logs.GetSnapshot();
        Assert.DoesNotContain(logs, log => log.Level >= LogLevel.Warning && log.Message.Contains("Lost the lock", StringComparison.Ordinal));
        var reported = Assert.Single(logs, log => log.Message.Contains("already reported", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, reported.Level);
        Assert.Equal($"Complete for job {jobId} was already reported: an earlier attempt reached Flowable but its answer was lost", reported.Message);
        Assert.Equal(1, flowable.Emulator.Faults.CallsTo(EmulatorEndpoint.Complete));
        Assert.Equal(1, flowable.Emulator.Faults.CallsTo(EmulatorEndpoint.GetJob));
    }

    [Fact]
    public async Task A_job_given_back_because_its_lock_is_expiring_says_so()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        var runs = 0;
        var options = EmulatedFlowable.FastOptions();
        // The handler's token is cancelled a tenth of the lock before it expires: 600 ms of room for a timer that a
        // busy host fires late (a 2 s lock once left the cancelled handler's result past the lock: not given back).
        options.LockDuration = TimeSpan.FromSeconds(6);

        await using var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                if (Interlocked.Increment(ref runs) == 1)
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return result.Success();
            },
            options);
        await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        var givenBack = Assert.Single(flowable.Logs.GetSnapshot(), log => log.Message.StartsWith($"Gave back job {jobId}", StringComparison.Ordinal));
        Assert.Equal($"Gave back job {jobId} (its lock was about to expire)", givenBack.Message);
    }

    [Fact]
    public async Task A_report_that_may_have_been_applied_is_not_called_given_up_when_no_answer_confirms_it()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        flowable.Emulator.Faults.Script(EmulatorEndpoint.Complete, 1, EmulatorFault.DropAnswer());
        flowable.Emulator.Faults.Script(EmulatorEndpoint.GetJob, 1, 200, EmulatorFault.Status(503));
        var options = EmulatedFlowable.FastOptions();
        options.LockDuration = TimeSpan.FromSeconds(1);

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => result.Success(), options);
        await EmulatedFlowable.WaitUntilAsync(
            () => flowable.Logs.GetSnapshot().Any(log => log.Message.Contains("could not be confirmed", StringComparison.Ordinal)),
            "the sender stops retrying");

        Assert.Equal(EmulatorOutcomeKind.Completed, (await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout)).Kind);
        Assert.DoesNotContain(flowable.Logs.GetSnapshot(), log => log.Message.StartsWith("Gave up reporting", StringComparison.Ordinal));
        var unconfirmed = Assert.Single(flowable.Logs.GetSnapshot(), log => log.Message.Contains("could not be confirmed", StringComparison.Ordinal));
        Assert.StartsWith($"Complete for job {jobId} could not be confirmed: an attempt may have reached Flowable", unconfirmed.Message, StringComparison.Ordinal);
    }
}
