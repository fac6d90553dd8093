namespace Flowable.Workers.Typed.Benchmarks.Binding;

/// <summary>The handler's return value: each property becomes an output variable.</summary>
public sealed record Shipment(string ShipmentId, decimal Charged, bool Express, DateTimeOffset ShipBy, int Items);
