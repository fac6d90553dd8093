using Flowable.Workers.Typed;
using Flowable.Workers.Typed.Testing;
using Xunit;

namespace MyWorkers.Tests;

/// <summary>The worker against an in-process emulator of Flowable's external worker REST API.</summary>
public sealed class ApproveOrderTests
{
    private static readonly ExternalWorkerSubscriptionOptions FastPolling = new() { PollInterval = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public async Task An_order_within_the_limit_is_approved()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob(ApproveOrder.Topic, EmulatorVariable.String("customer", "Ada"), EmulatorVariable.BigDecimal("amount", 250m));

        await using var client = new ExternalWorkerClient(flowable.BaseUrl.ToString(), workerId: "test");
        await using var subscription = client.Subscribe<ApproveOrder>(options: FastPolling);

        var outcome = await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10));
        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(EmulatorVariable.Boolean("approved", true), outcome.Variable("approved"));
    }

    [Fact]
    public async Task An_order_over_the_limit_ends_in_a_bpmn_error()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob(ApproveOrder.Topic, EmulatorVariable.String("customer", "Alan"), EmulatorVariable.BigDecimal("amount", 5000m));

        await using var client = new ExternalWorkerClient(flowable.BaseUrl.ToString(), workerId: "test");
        await using var subscription = client.Subscribe<ApproveOrder>(options: FastPolling);

        var outcome = await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10));
        Assert.Equal(EmulatorOutcomeKind.BpmnError, outcome.Kind);
        Assert.Equal("amountTooHigh", outcome.ErrorCode);
    }
}
