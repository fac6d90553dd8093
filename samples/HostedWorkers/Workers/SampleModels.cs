namespace HostedWorkers.Workers;

/// <summary>An order, read from the json variable <c>order</c>.</summary>
public sealed record Order(string Id, int Lines);

/// <summary>One line of a shipment, read from the json variable <c>lines</c>.</summary>
public sealed record OrderLine(string Sku, int Quantity);

/// <summary>What <see cref="ApproveOrder"/> completes with: <c>approved</c> and <c>note</c>.</summary>
public sealed record Approval(bool Approved, string Note);

/// <summary>What <see cref="ChargeCard"/> completes with: <c>receiptId</c>.</summary>
public sealed record ChargeReceipt(string ReceiptId);

/// <summary>What <see cref="ShipOrder"/> completes with: <c>parcels</c>.</summary>
public sealed record Shipment(int Parcels);
