namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

/// <summary>Nullable and defaulted parameters: a missing or null variable gives null or the default.</summary>
[ExternalWorker("optional")]
public sealed partial class OptionalParametersWorker
{
    public IReadOnlyList<object?>? Received { get; private set; }

    public Task HandleAsync(
        string? note,
        int? count,
        DateTimeOffset? sentAt,
        Priority? preferred,
        Address? address,
        string greeting = "hello",
        int attempt = 1,
        decimal fee = 2.50m,
        Priority priority = Priority.High,
        double? factor = 0.5)
    {
        Received = [note, count, sentAt, preferred, address, greeting, attempt, fee, priority, factor];
        return Task.CompletedTask;
    }
}
