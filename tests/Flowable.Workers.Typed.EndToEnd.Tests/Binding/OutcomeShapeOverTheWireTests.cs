using Flowable.Workers.Typed.EndToEnd.Tests.Workers;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Binding;

/// <summary>Every return shape and every exception shape of a generated worker, as the outcome Flowable receives.</summary>
public sealed class OutcomeShapeOverTheWireTests
{
    private static readonly EmulatorVariable[] ReceiptVariables =
    [
        EmulatorVariable.String("receiptId", "r-o-7"),
        EmulatorVariable.BigDecimal("amount", 12.50m),
        EmulatorVariable.Boolean("paid", true),
    ];

    [Fact]
    public async Task Void_Task_and_ValueTask_complete_without_variables()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var jobs = new[]
        {
            run.Emulator.CreateBpmnJob("shape.void", EmulatorVariable.Integer("amount", 1)),
            run.Emulator.CreateCmmnJob("shape.task"),
            run.Emulator.CreateBpmnJob("shape.valueTask"),
            run.Emulator.CreateCmmnJob("shape.nullObject"),
        };

        await using var a = run.Run<ReturnsVoid>();
        await using var b = run.Run<ReturnsTask>();
        await using var c = run.Run<ReturnsValueTask>();
        await using var d = run.Run<ReturnsNullObject>();
        var outcomes = await run.Emulator.WaitForOutcomesAsync(jobs, EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome =>
        {
            Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
            Assert.Empty(outcome.Variables);
        });
    }

    [Fact]
    public async Task A_returned_object_synchronous_or_awaited_completes_with_its_properties_as_typed_variables()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var jobs = new[]
        {
            run.Emulator.CreateBpmnJob("shape.object", EmulatorVariable.String("orderId", "o-7")),
            run.Emulator.CreateCmmnJob("shape.taskOfObject", EmulatorVariable.String("orderId", "o-7")),
            run.Emulator.CreateBpmnJob("shape.valueTaskOfObject", EmulatorVariable.String("orderId", "o-7")),
        };

        await using var a = run.Run<ReturnsObject>();
        await using var b = run.Run<ReturnsTaskOfObject>();
        await using var c = run.Run<ReturnsValueTaskOfObject>();
        var outcomes = await run.Emulator.WaitForOutcomesAsync(jobs, EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome =>
        {
            Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
            Assert.Equal(ReceiptVariables, outcome.Variables);
        });
    }

    [Fact]
    public async Task Returned_WorkerResults_become_a_BPMN_error_a_CMMN_terminate_and_a_failure()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var bpmnError = run.Emulator.CreateBpmnJob("shape.workerResult", EmulatorVariable.String("code", "DECLINED"));
        var terminate = run.Emulator.CreateCmmnJob("shape.taskOfWorkerResult");
        var failure = run.Emulator.CreateBpmnJob("shape.valueTaskOfWorkerResult");

        await using var a = run.Run<ReturnsWorkerResult>();
        await using var b = run.Run<ReturnsTaskOfWorkerResult>();
        await using var c = run.Run<ReturnsValueTaskOfWorkerResult>();
        var outcomes = await run.Emulator.WaitForOutcomesAsync([bpmnError, terminate, failure], EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.BpmnError, outcomes[0].Kind);
        Assert.Equal("DECLINED", outcomes[0].ErrorCode);
        Assert.Equal([EmulatorVariable.String("reason", "declined")], outcomes[0].Variables);
        Assert.Equal(EmulatorOutcomeKind.CmmnTerminated, outcomes[1].Kind);
        Assert.Equal([EmulatorVariable.Boolean("terminated", true)], outcomes[1].Variables);
        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcomes[2].Kind);
        Assert.Equal("no stock", outcomes[2].ErrorMessage);
        Assert.Equal("details", outcomes[2].ErrorDetails);
    }

    [Fact]
    public async Task Thrown_BpmnError_CmmnTerminate_and_WorkerFailure_exceptions_become_their_outcomes()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var bpmnError = run.Emulator.CreateBpmnJob("throws.bpmnError", EmulatorVariable.Integer("amount", 100));
        var terminate = run.Emulator.CreateCmmnJob("throws.cmmnTerminate");
        var failure = run.Emulator.CreateBpmnJob("throws.failure");

        await using var a = run.Run<ThrowsBpmnError>();
        await using var b = run.Run<ThrowsCmmnTerminate>();
        await using var c = run.Run<ThrowsWorkerFailure>();
        var outcomes = await run.Emulator.WaitForOutcomesAsync([bpmnError, terminate, failure], EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.BpmnError, outcomes[0].Kind);
        Assert.Equal("LIMIT", outcomes[0].ErrorCode);
        Assert.Equal([EmulatorVariable.Integer("limit", 99)], outcomes[0].Variables);
        Assert.Equal(EmulatorOutcomeKind.CmmnTerminated, outcomes[1].Kind);
        Assert.Equal([EmulatorVariable.String("why", "cancelled by customer")], outcomes[1].Variables);
        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcomes[2].Kind);
        Assert.Equal("payment provider down", outcomes[2].ErrorMessage);
        Assert.Equal("HTTP 503 from provider", outcomes[2].ErrorDetails);
        Assert.Equal(1, run.Emulator.GetJob(failure).History.Count(e => e.Kind == EmulatorJobEventKind.Failed));
    }
}
