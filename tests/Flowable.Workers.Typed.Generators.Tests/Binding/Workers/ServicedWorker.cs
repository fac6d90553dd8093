namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

public interface IGreeter
{
    string Greet(string name);
}

public interface IAudit
{
    void Record(string message);
}

/// <summary>Constructed by its generated factory: every option set, services resolved from the provider.</summary>
[ExternalWorker("greet", LockDuration = "PT2M", PollInterval = "PT10S", NumberOfTasks = 4, NumberOfRetries = 2, MaxConcurrency = 8, ScopeType = ScopeType.Cmmn, BindingFailureRetries = 2, MaxLockOverruns = 5)]
public sealed partial class ServicedWorker(IGreeter greeter, IAudit? audit, IServiceProvider services, int limit = 10) : IDisposable
{
    public IAudit? Audit { get; } = audit;

    public IServiceProvider Services { get; } = services;

    public int Limit { get; } = limit;

    public bool Disposed { get; private set; }

    public Greeting Handle(string name) => new(greeter.Greet(name));

    public void Dispose() => Disposed = true;
}

public sealed record Greeting(string Text);
