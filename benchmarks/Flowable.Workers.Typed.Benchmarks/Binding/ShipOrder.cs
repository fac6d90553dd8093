namespace Flowable.Workers.Typed.Benchmarks.Binding;

/// <summary>
/// The benchmarked worker: six parameters of mixed types (one of them a POCO) and a record return. The handler does
/// almost nothing, so the benchmark measures binding, not business logic.
/// </summary>
[ExternalWorker("shipOrder")]
public sealed partial class ShipOrder
{
    private readonly TimeSpan handlingTime = TimeSpan.FromDays(1);

    /// <summary>Ships an order.</summary>
    /// <param name="customerId">A <c>string</c> variable.</param>
    /// <param name="quantity">An <c>integer</c> variable.</param>
    /// <param name="amount">A <c>bigDecimal</c> variable.</param>
    /// <param name="isExpress">The <c>boolean</c> variable <c>express</c>.</param>
    /// <param name="dueAt">A <c>date</c> variable.</param>
    /// <param name="order">A <c>json</c> variable.</param>
    /// <returns>The shipment, sent back as five variables.</returns>
    public Shipment Handle(string customerId, int quantity, decimal amount, [Variable("express")] bool isExpress, DateTimeOffset dueAt, Order order)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        ArgumentNullException.ThrowIfNull(order);
        return new Shipment(order.Id, amount, isExpress, dueAt - handlingTime, quantity + order.Quantity);
    }
}
