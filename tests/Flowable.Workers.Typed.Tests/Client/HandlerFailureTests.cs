using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Tests.Client;

public sealed class HandlerFailureTests
{
    [Fact]
    public async Task A_throwing_handler_fails_the_job_with_the_exception_message_and_its_full_text_as_details()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("charge");

        await using var subscription = flowable.Client.Subscribe(
            "charge",
            (job, result, ct) => Throw(new InvalidOperationException("Payment gateway unreachable")),
            EmulatedFlowable.FastOptions());
        await EmulatedFlowable.WaitUntilAsync(
            () => flowable.Emulator.GetJob(jobId).History.Any(e => e.Kind == EmulatorJobEventKind.Failed), "the job failed");

        var failure = flowable.Emulator.GetJob(jobId).History.First(e => e.Kind == EmulatorJobEventKind.Failed);
        Assert.Equal("Payment gateway unreachable", failure.ErrorMessage);
        Assert.StartsWith("System.InvalidOperationException: Payment gateway unreachable", failure.ErrorDetails, StringComparison.Ordinal);
        Assert.Contains(nameof(A_throwing_handler_fails_the_job_with_the_exception_message_and_its_full_text_as_details), failure.ErrorDetails, StringComparison.Ordinal);
        Assert.Null(failure.RequestedRetries);
        Assert.Contains(flowable.Logs.GetSnapshot(), log => log.Message.Contains($"The handler of job {jobId} threw", StringComparison.Ordinal));
        Assert.False(subscription.Completion.IsCompleted);
    }

    [Fact]
    public async Task An_async_handler_that_throws_fails_the_job_and_the_worker_goes_on()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 1 });
        var failing = flowable.Emulator.CreateBpmnJob("charge", EmulatorVariable.Boolean("explode", true));
        var fine = flowable.Emulator.CreateBpmnJob("charge", EmulatorVariable.Boolean("explode", false));

        await using var subscription = flowable.Client.Subscribe(
            "charge",
            async (job, result, ct) =>
            {
                await Task.Yield();
                return job.GetVariable<bool>("explode") ? throw new TimeoutException("Bank timed out") : result.Success();
            },
            EmulatedFlowable.FastOptions());
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync([failing, fine], EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcomes[0].Kind);
        Assert.Equal("Bank timed out", outcomes[0].ErrorMessage);
        Assert.Equal(EmulatorOutcomeKind.Completed, outcomes[1].Kind);
    }

    [Fact]
    public async Task A_bad_variable_fails_its_job_with_a_clear_message_and_the_worker_takes_the_next_job()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 1 });
        var bad = flowable.Emulator.CreateBpmnJob("charge", EmulatorVariable.String("amount", "abc"));
        var missing = flowable.Emulator.CreateBpmnJob("charge");
        var good = flowable.Emulator.CreateBpmnJob("charge", EmulatorVariable.Integer("amount", 5));

        await using var subscription = flowable.Client.Subscribe(
            "charge",
            (job, result, ct) => result.Success().Variable("doubled", job.GetVariable<int>("amount") * 2),
            EmulatedFlowable.FastOptions());
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync([bad, missing, good], EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcomes[0].Kind);
        Assert.Equal("Variable 'amount' expected integer but was string \"abc\"", outcomes[0].ErrorMessage);
        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcomes[1].Kind);
        Assert.Equal("Variable 'amount' expected integer but was missing", outcomes[1].ErrorMessage);
        Assert.Equal(EmulatorOutcomeKind.Completed, outcomes[2].Kind);
        Assert.Equal(EmulatorVariable.Integer("doubled", 10), outcomes[2].Variable("doubled"));
        Assert.Contains(flowable.Logs.GetSnapshot(), log => log.Message.Contains($"Job {bad} has a bad variable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_BpmnErrorException_thrown_by_the_handler_becomes_a_BPMN_error()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("charge");

        await using var subscription = flowable.Client.Subscribe(
            "charge",
            (job, result, ct) => Throw(new BpmnErrorException("cardDeclined")),
            EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.BpmnError, outcome.Kind);
        Assert.Equal("cardDeclined", outcome.ErrorCode);
    }

    private static WorkerResult? Throw(Exception exception) => throw exception;
}
