namespace Flowable.Workers.Typed.Benchmarks.Binding;

/// <summary>The POCO parameter: a <c>json</c> variable read with System.Text.Json.</summary>
public sealed record Order(string Id, string Sku, int Quantity, decimal UnitPrice);
