using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Tests.Client;

public sealed record Receipt(string Id);

/// <summary>A typed worker whose handler breaks its own contract: its return type is not nullable, yet it returns null.</summary>
[ExternalWorker("issueReceipt")]
public sealed partial class ReceiptWorker
{
    public Receipt Handle(string orderId) => orderId.Length > 0 ? null! : new Receipt(orderId);
}

/// <summary>
/// What the worker logs when a run fails although its handler did not choose to fail it: one Warning line each, in
/// words that say what happened (the stack trace of what it threw at Debug); outcomes the handler chose log no Warning.
/// </summary>
public sealed class HandlerFaultLogTests
{
    [Fact]
    public async Task A_throwing_handler_is_one_warning_line_naming_the_exception_with_its_stack_trace_at_debug()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 1 });
        var jobId = flowable.Emulator.CreateBpmnJob("charge");

        await using var subscription = flowable.Client.Subscribe(
            "charge", (job, result, ct) => Throw(new InvalidOperationException("Payment gateway unreachable")), EmulatedFlowable.FastOptions());
        await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        var warning = Assert.Single(flowable.LogsWithId(20));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal($"The handler of job {jobId} threw InvalidOperationException: Payment gateway unreachable; failing the job", warning.Message);
        Assert.Null(warning.Exception);
        var detail = Assert.Single(flowable.LogsWithId(27));
        Assert.Equal(LogLevel.Debug, detail.Level);
        Assert.IsType<InvalidOperationException>(detail.Exception);
    }

    [Fact]
    public async Task Outcomes_the_handler_chose_by_throwing_log_no_warning()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var declined = flowable.Emulator.CreateBpmnJob("charge", EmulatorVariable.Boolean("declined", true));
        var failed = flowable.Emulator.CreateBpmnJob("charge", EmulatorVariable.Boolean("declined", false));

        await using var subscription = flowable.Client.Subscribe(
            "charge",
            (job, result, ct) => Throw(job.GetVariable<bool>("declined")
                ? new BpmnErrorException("cardDeclined")
                : new WorkerFailureException("Card expired", retries: 0)),
            EmulatedFlowable.FastOptions());
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync([declined, failed], EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.BpmnError, outcomes[0].Kind);
        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcomes[1].Kind);
        Assert.DoesNotContain(flowable.Logs.GetSnapshot(), log => log.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_typed_handler_returning_null_from_a_non_nullable_return_type_is_logged_and_fails_the_job_saying_what_to_change()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 1 });
        var jobId = flowable.Emulator.CreateBpmnJob("issueReceipt", EmulatorVariable.String("orderId", "o-1"));

        await using var subscription = flowable.Client.Subscribe<ReceiptWorker>(options: EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        const string Reason = "ReceiptWorker.Handle returned null but its return type Receipt is not nullable; return a result, or declare Receipt? to complete the job without variables.";
        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Equal(Reason, outcome.ErrorMessage);
        var warning = Assert.Single(flowable.LogsWithId(28));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal($"The handler of job {jobId} returned no result; failing the job: {Reason}", warning.Message);
    }

    [Fact]
    public async Task A_BPMN_error_returned_for_a_CMMN_job_is_logged_as_an_outcome_the_job_cannot_have()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 1 });
        var jobId = flowable.Emulator.CreateCmmnJob("review");

        await using var subscription = flowable.Client.Subscribe("review", (job, result, ct) => WorkerResult.BpmnError("rejected"), EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        var warning = Assert.Single(flowable.LogsWithId(29));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(
            $"The handler of job {jobId} chose an outcome this job cannot have; failing the job: {outcome.ErrorMessage}",
            warning.Message);
        Assert.StartsWith($"Job {jobId} is not a BPMN job", outcome.ErrorMessage, StringComparison.Ordinal);
    }

    private static WorkerResult? Throw(Exception exception) => throw exception;
}
