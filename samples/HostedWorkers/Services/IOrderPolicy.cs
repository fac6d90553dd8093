namespace HostedWorkers.Services;

/// <summary>The business rule of <see cref="Workers.ApproveOrder"/>.</summary>
public interface IOrderPolicy
{
    decimal Limit { get; }
}

/// <summary>A fixed limit.</summary>
public sealed class OrderPolicy : IOrderPolicy
{
    public decimal Limit => 1000m;
}
