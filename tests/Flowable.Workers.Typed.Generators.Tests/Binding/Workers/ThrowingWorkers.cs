namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

/// <summary>Throws what it is told to, after binding its one variable.</summary>
[ExternalWorker("throwsAsync")]
public sealed partial class ThrowsAsync
{
    public Func<Exception>? Exception { get; init; }

    public async Task HandleAsync(int amount, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        throw Exception!();
    }
}

/// <summary>A synchronous handler that throws: the exception still arrives through the returned task.</summary>
[ExternalWorker("throwsSync")]
public sealed partial class ThrowsSync
{
    public void Handle(int amount) => throw new InvalidOperationException($"cannot handle {amount}");
}
