using System.Collections.Concurrent;

namespace Flowable.Workers.Typed.Hosting.Tests.Workers;

/// <summary>Holds handlers until the test lets them finish, and records what happened to each.</summary>
public sealed class HandlerGate
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<string> Started { get; } = new();

    public ConcurrentQueue<string> Finished { get; } = new();

    public ConcurrentQueue<string> Cancelled { get; } = new();

    public void Release() => _release.TrySetResult();

    public async Task PassAsync(string jobId, CancellationToken cancellationToken)
    {
        Started.Enqueue(jobId);
        try
        {
            await _release.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.Enqueue(jobId);
            throw;
        }

        Finished.Enqueue(jobId);
    }
}
