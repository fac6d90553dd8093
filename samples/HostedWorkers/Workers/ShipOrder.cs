using Flowable.Workers.Typed;
using Microsoft.Extensions.Logging;

namespace HostedWorkers.Workers;

/// <summary>Packs a case's order lines into parcels of up to three items; nothing to ship terminates the plan item.</summary>
[ExternalWorker("shipOrder", ScopeType = ScopeType.Cmmn)]
public sealed partial class ShipOrder(ILogger<ShipOrder> logger)
{
    private const int ItemsPerParcel = 3;

    public Shipment Handle(List<OrderLine> lines)
    {
        var items = lines.Sum(line => line.Quantity);
        if (items == 0)
        {
            logger.NothingToShip();
            throw new CmmnTerminateException();
        }

        return new Shipment((items + ItemsPerParcel - 1) / ItemsPerParcel);
    }
}

/// <summary>The log messages of <see cref="ShipOrder"/>.</summary>
internal static partial class ShipOrderLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Nothing to ship; terminating the plan item")]
    public static partial void NothingToShip(this ILogger logger);
}
