namespace Flowable.Workers.Typed.Hosting.Tests.Workers;

/// <summary>A worker whose attribute sets some options and leaves the rest to configuration.</summary>
[ExternalWorker("chargeCard", MaxConcurrency = 3, LockDuration = "PT2M")]
public sealed partial class ChargeCardWorker
{
    public ChargeResult Handle(decimal amount) => new(amount > 0);
}

public sealed record ChargeResult(bool Charged);
