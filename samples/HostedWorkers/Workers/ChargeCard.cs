using Flowable.Workers.Typed;
using HostedWorkers.Services;

namespace HostedWorkers.Workers;

/// <summary>Charges a customer through the payment gateway (a scoped service: one per job).</summary>
[ExternalWorker("chargeCard", LockDuration = "PT2M")]
public sealed partial class ChargeCard(IPaymentGateway gateway)
{
    public async Task<ChargeReceipt> HandleAsync(string customerId, decimal amount, CancellationToken cancellationToken) =>
        new(await gateway.ChargeAsync(customerId, amount, cancellationToken));
}
