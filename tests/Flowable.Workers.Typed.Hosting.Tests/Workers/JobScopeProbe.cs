namespace Flowable.Workers.Typed.Hosting.Tests.Workers;

/// <summary>A scoped service: one instance per DI scope, disposed with it.</summary>
public sealed class JobScopeProbe : IDisposable
{
    public Guid Id { get; } = Guid.NewGuid();

    public bool IsDisposed { get; private set; }

    public void Dispose() => IsDisposed = true;
}
