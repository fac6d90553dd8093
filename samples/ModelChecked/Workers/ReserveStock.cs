using Flowable.Workers.Typed;

namespace ModelChecked.Workers;

/// <summary>Reserves an order's items; more than the warehouse holds takes the model's "Backordered" path.</summary>
[ExternalWorker("reserveStock", ScopeType = ScopeType.Bpmn)]
public sealed partial class ReserveStock
{
    private const string OutOfStock = "OUT_OF_STOCK";
    private const int InStock = 10;

    public Reservation Handle(string orderId, int items)
    {
        if (items > InStock)
        {
            throw new BpmnErrorException(OutOfStock);
        }

        return new Reservation($"R-{orderId}");
    }
}

/// <summary>What <see cref="ReserveStock"/> completes with.</summary>
public sealed record Reservation(string ReservationId);
