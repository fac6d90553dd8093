using Flowable.Workers.Typed;

namespace ModelChecked.Workers;

/// <summary>Ships a reserved order; the task sends every process variable, so the reservation is there too.</summary>
[ExternalWorker("shipParcel", ScopeType = ScopeType.Bpmn)]
public sealed partial class ShipParcel
{
    public Shipment Handle(string orderId, string reservationId) => new($"T-{orderId}-{reservationId}");
}

/// <summary>What <see cref="ShipParcel"/> completes with.</summary>
public sealed record Shipment(string TrackingId);
