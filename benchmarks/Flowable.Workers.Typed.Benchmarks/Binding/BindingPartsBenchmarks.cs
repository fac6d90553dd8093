using BenchmarkDotNet.Attributes;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Benchmarks.Binding;

/// <summary>
/// The pieces of one <see cref="ShipOrder"/> job, to show where binding time goes: finding and reading the five
/// scalar variables, reading the <see cref="Order"/> JSON variable, and writing the five outputs either into one
/// document (what generated code does) or one document per variable (the public <see cref="VariableWriter"/>, which
/// the reflection binder uses).
/// </summary>
[MemoryDiagnoser]
public class BindingPartsBenchmarks
{
    private readonly ExternalWorkerJob job = BenchmarkJobs.Valid();
    private readonly Shipment shipment = new("order-7", 129.90m, true, new DateTimeOffset(2026, 11, 29, 12, 30, 0, TimeSpan.Zero), 5);

    /// <summary>Looks up and reads <c>customerId</c>, <c>quantity</c>, <c>amount</c>, <c>express</c> and <c>dueAt</c>.</summary>
    [Benchmark]
    public int ReadScalars()
    {
        var customerId = VariableReader.ReadString(VariableBinding.Required(job, "customerId", VariableTypes.String));
        var quantity = VariableReader.ReadInt32(VariableBinding.Required(job, "quantity", VariableTypes.Integer));
        var amount = VariableReader.ReadDecimal(VariableBinding.Required(job, "amount", VariableTypes.BigDecimal));
        var express = VariableReader.ReadBoolean(VariableBinding.Required(job, "express", VariableTypes.Boolean));
        var dueAt = VariableReader.ReadDateTimeOffset(VariableBinding.Required(job, "dueAt", VariableTypes.Date));
        return customerId.Length + quantity + (int)amount + (express ? 1 : 0) + dueAt.Day;
    }

    /// <summary>Looks up and deserializes the <c>order</c> variable.</summary>
    [Benchmark]
    public Order ReadOrderJson() =>
        VariableReader.ReadJson(VariableBinding.Required(job, "order", "json (Order)"), WorkerJsonTypeInfo.FromReflection<Order>());

    /// <summary>The five outputs in one document, as generated code writes them.</summary>
    [Benchmark]
    public WorkerResult WriteOutputsInOneDocument()
    {
        var variables = new VariableListWriter(5);
        variables.String("shipmentId", shipment.ShipmentId);
        variables.Decimal("charged", shipment.Charged);
        variables.Boolean("express", shipment.Express);
        variables.DateTimeOffset("shipBy", shipment.ShipBy);
        variables.Int32("items", shipment.Items);
        return variables.Complete();
    }

    /// <summary>The five outputs one document each, as the reflection binder writes them.</summary>
    [Benchmark]
    public WorkerResult WriteOutputsOneDocumentEach() => WorkerResult.Complete(
    [
        VariableWriter.String("shipmentId", shipment.ShipmentId),
        VariableWriter.Decimal("charged", shipment.Charged),
        VariableWriter.Boolean("express", shipment.Express),
        VariableWriter.DateTimeOffset("shipBy", shipment.ShipBy),
        VariableWriter.Int32("items", shipment.Items),
    ]);
}
