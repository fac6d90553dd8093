using Flowable.Workers.Typed.EndToEnd.Tests.Workers;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Faults;

/// <summary>Handlers that throw, hang past their lock or return output Flowable cannot take; each with its outcome.</summary>
public sealed class HandlerFaultTests
{
    [Fact]
    public async Task A_handler_that_always_throws_fails_its_job_once_per_retry_until_it_is_dead_lettered()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var jobId = run.Emulator.CreateBpmnJob("throws.other", EmulatorVariable.Integer("amount", 5));

        await using var subscription = run.Run<ThrowsOther>();
        var outcome = await run.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Equal("cannot handle 5", outcome.ErrorMessage);
        Assert.StartsWith("System.InvalidOperationException: cannot handle 5", outcome.ErrorDetails, StringComparison.Ordinal);
        Assert.Equal(3, run.Emulator.GetJob(jobId).History.Count(e => e.Kind == EmulatorJobEventKind.Failed));
        Assert.Equal(3, run.LogsWithId(20).Count);
        Assert.False(subscription.Completion.IsCompleted);
    }

    [Fact]
    public async Task A_handler_that_hangs_is_cancelled_before_its_lock_expires_and_the_job_is_given_back_and_done_by_the_next_run()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var control = new HangControl();
        var jobId = run.Emulator.CreateBpmnJob("hangs.cooperative");
        var options = EmulatedFlowable.FastOptions();
        // The token is cancelled a tenth of the lock before it expires: 500 ms of room for a timer a busy host fires late.
        options.LockDuration = TimeSpan.FromSeconds(5);

        await using var subscription = run.Run<HangsUntilCancelled>(options, control);
        var outcome = await run.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(EmulatorVariable.String("receiptId", "second-run"), outcome.Variable("receiptId"));
        Assert.Equal(2, control.Runs);
        var history = run.Emulator.GetJob(jobId).History.Select(e => e.Kind).ToList();
        Assert.Contains(EmulatorJobEventKind.Unacquired, history);
        Assert.DoesNotContain(EmulatorJobEventKind.Failed, history);
        Assert.Equal(LogLevel.Warning, Assert.Single(run.LogsWithId(22)).Level);
    }

    [Fact]
    public async Task A_handler_that_ignores_its_token_holds_back_the_jobs_next_run_and_its_late_result_is_dropped()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var control = new HangControl();
        var jobId = run.Emulator.CreateBpmnJob("hangs.stubborn");
        var options = EmulatedFlowable.FastOptions(maxConcurrency: 2);
        options.LockDuration = TimeSpan.FromSeconds(1);

        await using var subscription = run.Run<HangsIgnoringCancellation>(options, control);
        await EmulatedFlowable.WaitUntilAsync(
            () => run.Emulator.GetJob(jobId).History.Count(e => e.Kind == EmulatorJobEventKind.Acquired) == 2,
            "the job is acquired again after its lock expired");
        Assert.Equal(1, control.Runs);
        control.Release();
        var outcome = await run.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(EmulatorVariable.String("receiptId", "second-run"), outcome.Variable("receiptId"));
        Assert.Single(run.Emulator.Outcomes, o => o.JobId == jobId);
        Assert.Contains(EmulatorJobEventKind.LockReset, run.Emulator.GetJob(jobId).History.Select(e => e.Kind));
        Assert.StartsWith($"The handler of job {jobId} returned Complete", Assert.Single(run.LogsWithId(23)).Message, StringComparison.Ordinal);
        Assert.Empty(run.LogsWithId(33));
        Assert.Equal(2, control.Runs);
    }

    [Fact]
    public async Task Output_with_no_JSON_form_fails_the_job_with_a_message_naming_the_variable()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var jobId = run.Emulator.CreateJob(EmulatorJobDefinition.Bpmn("bad.output", EmulatorVariable.Integer("samples", 3)) with { Retries = 1 });

        await using var subscription = run.Run<ReturnsNaN>();
        var outcome = await run.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Contains("'mean'", outcome.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("NaN", outcome.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outcome_Flowable_refuses_fails_the_job_with_Flowables_reason_instead_of_leaving_it_locked()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var jobId = run.Emulator.CreateJob(EmulatorJobDefinition.Cmmn("bad.bpmnErrorForCase") with { Retries = 1 });

        await using var subscription = run.Run<BpmnErrorForCase>();
        var outcome = await run.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Contains("BPMN error", outcome.ErrorMessage, StringComparison.Ordinal);
    }
}
