// The sample workers are not documented; CS1591 stays on for the generated files.
#pragma warning disable CS1591

using System.Threading;
using System.Threading.Tasks;
using Flowable.Workers.Typed;

namespace Shop.Payments;

public interface IPayments
{
    Task<string> ChargeAsync(string customerId, decimal amount, CancellationToken cancellationToken);
}

public sealed record Order(string Id, int Lines);

public sealed record ChargeResult(string ReceiptId, bool Paid);

[ExternalWorker("chargeCard", LockDuration = "PT2M", NumberOfTasks = 4, MaxConcurrency = 8, ScopeType = ScopeType.Bpmn)]
public partial class ChargeCard(IPayments payments)
{
    public async Task<ChargeResult> HandleAsync(
        string customerId,
        decimal amount,
        Order order,
        [Variable("vip")] bool isVip,
        int attempt = 1,
        ExternalWorkerJob job = null!,
        CancellationToken ct = default)
    {
        var receiptId = await payments.ChargeAsync(customerId, isVip ? amount * 0.9m : amount, ct);
        return new ChargeResult(receiptId, Paid: order.Lines > 0 && attempt > 0 && job is not null);
    }
}
