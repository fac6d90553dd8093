namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

/// <summary>Required parameters of kinds that can be wrong in different ways; counts its calls.</summary>
[ExternalWorker("strictAsync")]
public sealed partial class StrictAsyncWorker
{
    public int Calls { get; private set; }

    public Task HandleAsync(int amount, short level, Priority priority, DateTimeOffset dueAt, Order order, Guid id, string name)
    {
        Calls++;
        return Task.CompletedTask;
    }
}

/// <summary>The same, synchronous: errors come through the returned task all the same.</summary>
[ExternalWorker("strictSync")]
public sealed partial class StrictSyncWorker
{
    public int Calls { get; private set; }

    public void Handle(int amount) => Calls++;
}
