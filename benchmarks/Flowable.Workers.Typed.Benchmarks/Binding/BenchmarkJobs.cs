using System.Text.Json;
using Flowable.Workers.Typed.Rest;

namespace Flowable.Workers.Typed.Benchmarks.Binding;

/// <summary>Jobs for <see cref="ShipOrder"/> as they come off the wire: deserialized from an acquire response.</summary>
public static class BenchmarkJobs
{
    /// <summary>A job whose six variables all bind.</summary>
    public static ExternalWorkerJob Valid() => FromVariables("""
        {"name":"customerId","type":"string","value":"customer-42"},
        {"name":"quantity","type":"integer","value":3},
        {"name":"amount","type":"bigDecimal","value":"129.90"},
        {"name":"express","type":"boolean","value":true},
        {"name":"dueAt","type":"date","value":"2026-11-30T12:30:00.000Z"},
        {"name":"order","type":"json","value":{"id":"order-7","sku":"SKU-123","quantity":2,"unitPrice":64.95}}
        """);

    /// <summary>A job whose <c>quantity</c> is a string: binding fails before the handler runs.</summary>
    public static ExternalWorkerJob WrongQuantity() => FromVariables("""
        {"name":"customerId","type":"string","value":"customer-42"},
        {"name":"quantity","type":"string","value":"three"},
        {"name":"amount","type":"bigDecimal","value":"129.90"},
        {"name":"express","type":"boolean","value":true},
        {"name":"dueAt","type":"date","value":"2026-11-30T12:30:00.000Z"},
        {"name":"order","type":"json","value":{"id":"order-7","sku":"SKU-123","quantity":2,"unitPrice":64.95}}
        """);

    /// <summary>A job without the <c>order</c> variable.</summary>
    public static ExternalWorkerJob MissingOrder() => FromVariables("""
        {"name":"customerId","type":"string","value":"customer-42"},
        {"name":"quantity","type":"integer","value":3},
        {"name":"amount","type":"bigDecimal","value":"129.90"},
        {"name":"express","type":"boolean","value":true},
        {"name":"dueAt","type":"date","value":"2026-11-30T12:30:00.000Z"}
        """);

    private static ExternalWorkerJob FromVariables(string variables)
    {
        var json = $$"""
            {"id":"job-1","url":"http://localhost/external-job-api/jobs/job-1","processInstanceId":"pi-1",
             "elementId":"shipOrderTask","retries":3,"tenantId":"","variables":[{{variables}}]}
            """;
        return JsonSerializer.Deserialize(json, FlowableJsonContext.Default.ExternalWorkerJob)
            ?? throw new InvalidOperationException("The job JSON deserialized to null.");
    }
}
