using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

public sealed record Invoice(string Number, decimal Total, IReadOnlyList<string> Lines);

public sealed record InvoiceSummary(Invoice Invoice, int LineCount);

/// <summary>Source-generated metadata for the invoice workers' JSON variables (the System.Text.Json generator runs here).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Invoice))]
internal sealed partial class InvoiceJsonContext : JsonSerializerContext;

/// <summary>Reads and writes its JSON variables through <see cref="InvoiceJsonContext"/>.</summary>
[ExternalWorker("summarizeInvoice", JsonContext = typeof(InvoiceJsonContext))]
public sealed partial class SummarizeInvoice
{
    public InvoiceSummary Handle(Invoice invoice) => new(invoice, invoice.Lines.Count);
}

/// <summary>Its parameter type is missing from the context, a configuration error that fails the job.</summary>
[ExternalWorker("unlistedType", JsonContext = typeof(InvoiceJsonContext))]
public sealed partial class UnlistedJsonType
{
    public int Calls { get; private set; }

    public void Handle(Order order) => Calls++;
}
