using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Tests.Client;

public interface IPayments
{
    string Charge(string customerId, decimal amount);
}

public sealed record ChargeResult(string ReceiptId, bool Paid);

[ExternalWorker("chargeCard", LockDuration = "PT2M", MaxConcurrency = 2, ScopeType = ScopeType.Bpmn)]
public sealed partial class ChargeCardWorker(IPayments payments) : IDisposable
{
    public static int Disposed;

    public async Task<ChargeResult> HandleAsync(string customerId, decimal amount, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return amount > 0 ? new ChargeResult(payments.Charge(customerId, amount), Paid: true) : throw new BpmnErrorException("nothingToCharge");
    }

    public void Dispose() => Interlocked.Increment(ref Disposed);
}

/// <summary><c>client.Subscribe&lt;TWorker&gt;()</c>: workers written with <c>[ExternalWorker]</c>, run by the client.</summary>
public sealed class GeneratedWorkerTests
{
    [Fact]
    public async Task A_generated_worker_binds_variables_gets_its_services_and_its_result_becomes_the_jobs_variables()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 1 });
        var paid = flowable.Emulator.CreateBpmnJob("chargeCard", EmulatorVariable.String("customerId", "c-7"), EmulatorVariable.BigDecimal("amount", 12.5m));
        var free = flowable.Emulator.CreateBpmnJob("chargeCard", EmulatorVariable.String("customerId", "c-8"), EmulatorVariable.Integer("amount", 0));
        var broken = flowable.Emulator.CreateBpmnJob("chargeCard", EmulatorVariable.String("customerId", "c-9"));
        var caseJob = flowable.Emulator.CreateCmmnJob("chargeCard", EmulatorVariable.String("customerId", "c-1"), EmulatorVariable.Integer("amount", 1));
        var disposedBefore = Volatile.Read(ref ChargeCardWorker.Disposed);

        await using var subscription = flowable.Client.Subscribe<ChargeCardWorker>(new Services(new FakePayments()), EmulatedFlowable.FastOptions());
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync([paid, free, broken], EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcomes[0].Kind);
        Assert.Equal([EmulatorVariable.String("receiptId", "receipt-c-7-12.5"), EmulatorVariable.Boolean("paid", true)], outcomes[0].Variables);
        Assert.Equal(EmulatorOutcomeKind.BpmnError, outcomes[1].Kind);
        Assert.Equal("nothingToCharge", outcomes[1].ErrorCode);
        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcomes[2].Kind);
        Assert.Equal("Variable 'amount' expected bigDecimal but was missing", outcomes[2].ErrorMessage);
        Assert.True(flowable.Emulator.GetJob(caseJob).IsActive);
        Assert.True(Volatile.Read(ref ChargeCardWorker.Disposed) - disposedBefore >= 3);
        var acquire = flowable.RequestsTo("/acquire/jobs")[0].JsonBody!;
        Assert.Equal("PT2M", (string?)acquire["lockDuration"]);
        Assert.Equal("bpmn", (string?)acquire["scopeType"]);
        Assert.Equal("chargeCard", subscription.Topic);
    }

    [Fact]
    public async Task A_worker_whose_service_is_missing_fails_each_job_with_a_message_naming_the_service()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 1 });
        var jobId = flowable.Emulator.CreateBpmnJob("chargeCard", EmulatorVariable.String("customerId", "c-7"), EmulatorVariable.Integer("amount", 3));

        await using var subscription = flowable.Client.Subscribe<ChargeCardWorker>(options: EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Contains(typeof(IPayments).FullName!, outcome.ErrorMessage, StringComparison.Ordinal);
    }

    private sealed class FakePayments : IPayments
    {
        public string Charge(string customerId, decimal amount) =>
            $"receipt-{customerId}-{amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private sealed class Services(IPayments payments) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IPayments) ? payments : null;
    }
}
