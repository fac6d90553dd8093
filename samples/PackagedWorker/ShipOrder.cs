using Flowable.Workers.Typed;

namespace PackagedWorker;

public enum Carrier
{
    Post,
    Courier,
}

public sealed record Parcel(string Sku, int Quantity);

public sealed record Shipment(string TrackingNumber, DateTimeOffset ShippedAt, int ParcelCount);

/// <summary>A typed worker: its parameters are the job's variables, its return value the variables it completes with.</summary>
[ExternalWorker("shipOrder", LockDuration = "PT30S", PollInterval = "PT0.1S", MaxConcurrency = 2)]
public partial class ShipOrder
{
    public Shipment Handle(string orderId, Carrier carrier, Parcel[] parcels, [Variable("express")] bool isExpress = false)
    {
        if (parcels.Length == 0)
        {
            throw new BpmnErrorException("nothingToShip");
        }

        var prefix = isExpress ? "EX" : carrier.ToString().ToUpperInvariant();
        return new Shipment($"{prefix}-{orderId}", DateTimeOffset.UtcNow, parcels.Length);
    }
}
