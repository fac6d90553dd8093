using System.Globalization;

namespace Flowable.Workers.Typed.Benchmarks.Generator;

/// <summary>The source of a project with many workers, one file each, like a real worker project.</summary>
internal static class WorkerSources
{
    /// <summary>The handler body line that <see cref="EditedBodyLine"/> replaces in the edited worker.</summary>
    public const string BodyLine = "var total = amount * quantity;";

    /// <summary>A change to one method body: no worker's signature, so no generated code, changes.</summary>
    public const string EditedBodyLine = "var total = amount * quantity + order.UnitPrice;";

    public const string SharedTypes = """
        namespace Bench.Workers;

        public sealed record Order(string Id, string Sku, int Quantity, decimal UnitPrice);
        """;

    public static string Worker(int index) => string.Format(CultureInfo.InvariantCulture, """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Flowable.Workers.Typed;

        namespace Bench.Workers;

        public sealed record Shipment{0}(string ShipmentId, decimal Charged, bool Express, DateTimeOffset ShipBy, int Items);

        [ExternalWorker("shipOrder{0}", LockDuration = "PT1M", MaxConcurrency = 4)]
        public partial class ShipOrder{0}
        {{
            public Task<Shipment{0}> HandleAsync(string customerId, int quantity, decimal amount, [Variable("express")] bool isExpress,
                DateTimeOffset dueAt, Order order, CancellationToken ct)
            {{
                {1}
                return Task.FromResult(new Shipment{0}(customerId, total, isExpress, dueAt, order.Quantity));
            }}
        }}
        """, index, BodyLine);
}
