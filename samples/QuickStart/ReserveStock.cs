using Flowable.Workers.Typed;

namespace QuickStart;

/// <summary>What a reservation answers: the variables the job completes with.</summary>
internal sealed record Reservation(string ReservationId, int Reserved, DateOnly ShipBy);

/// <summary>One order line of the <c>lines</c> json variable.</summary>
internal sealed record OrderLine(string Sku, int Quantity);

/// <summary>
/// A typed worker: its parameters are the job's variables, its return value the variables it completes with. The
/// source generator writes the binding; a missing or mistyped variable fails the job before this code runs.
/// </summary>
[ExternalWorker(Topic, LockDuration = "PT30S", MaxConcurrency = 2)]
internal sealed partial class ReserveStock
{
    public const string Topic = "reserveStock";

    public Reservation Handle(string orderId, OrderLine[] lines, DateOnly orderedOn, [Variable("express")] bool isExpress = false)
    {
        if (lines.Length == 0)
        {
            throw new BpmnErrorException("emptyOrder");
        }

        var shipBy = orderedOn.AddDays(isExpress ? 1 : 3);
        return new Reservation($"R-{orderId}", lines.Sum(line => line.Quantity), shipBy);
    }
}
