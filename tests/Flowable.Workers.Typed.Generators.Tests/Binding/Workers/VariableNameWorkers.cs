namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

/// <summary>Variable names Flowable accepts that are not C# identifiers.</summary>
public sealed record NamedOutput([property: Variable("order.total")] decimal Total, [property: Variable("1st-choice")] string First);

[ExternalWorker("unusualNames")]
public sealed partial class UnusualNamesWorker
{
    public NamedOutput Handle([Variable("customer-id")] string customerId, [Variable("order.total")] decimal total, [Variable("with space")] int count) =>
        new(total * count, customerId);
}
