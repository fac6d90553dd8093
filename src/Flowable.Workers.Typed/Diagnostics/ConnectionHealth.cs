namespace Flowable.Workers.Typed.Diagnostics;

/// <summary>
/// Whether a client reaches Flowable: the number of acquire requests that failed in a row (across all its
/// subscriptions) and the last failure. Read by the health check.
/// </summary>
internal sealed class ConnectionHealth
{
    private int _consecutiveFailures;
    private Exception? _lastFailure;

    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    public Exception? LastFailure => Volatile.Read(ref _lastFailure);

    public void RecordSuccess()
    {
        Volatile.Write(ref _consecutiveFailures, 0);
        Volatile.Write(ref _lastFailure, null);
    }

    public void RecordFailure(Exception exception)
    {
        Volatile.Write(ref _lastFailure, exception);
        Interlocked.Increment(ref _consecutiveFailures);
    }
}
