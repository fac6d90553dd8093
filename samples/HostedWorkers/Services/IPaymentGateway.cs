namespace HostedWorkers.Services;

/// <summary>Charges customers; registered as a scoped service, so each job gets its own.</summary>
public interface IPaymentGateway
{
    Task<string> ChargeAsync(string customerId, decimal amount, CancellationToken cancellationToken);
}

/// <summary>A stand-in for a real payment provider.</summary>
public sealed class FakePaymentGateway : IPaymentGateway
{
    public async Task<string> ChargeAsync(string customerId, decimal amount, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        return $"rcpt-{customerId}-{amount:0.00}";
    }
}
