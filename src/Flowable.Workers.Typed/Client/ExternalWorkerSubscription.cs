using System.Runtime.CompilerServices;

namespace Flowable.Workers.Typed;

/// <summary>
/// A running subscription to one topic: it acquires jobs, runs the handler on them and reports the outcomes until
/// stopped. Dispose it (or call <see cref="StopAsync"/>) to stop; <c>await</c> it to wait until it has stopped.
/// </summary>
/// <remarks>
/// A subscription does not stop on errors: failed calls to Flowable are logged and retried with backoff, and
/// a handler that throws fails its job. Stopping stops acquiring, gives back jobs not yet started, cancels the
/// token of running handlers (after <see cref="ExternalWorkerSubscriptionOptions.ShutdownGracePeriod"/>) and gives
/// back their jobs too; a job is never marked failed because the subscription stopped.
/// </remarks>
public sealed class ExternalWorkerSubscription : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _aborting = new();
    private readonly CancellationTokenRegistration _stopOnCancellation;

    internal ExternalWorkerSubscription(
        string topic,
        string workerId,
        Func<CancellationToken, CancellationToken, Task> run,
        CancellationToken cancellationToken)
    {
        Topic = topic;
        WorkerId = workerId;
        _stopOnCancellation = cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), _stopping);
        Completion = Task.Run(() => run(_stopping.Token, _aborting.Token), CancellationToken.None);
    }

    /// <summary>The topic this subscription acquires jobs for.</summary>
    public string Topic { get; }

    /// <summary>The worker id (lock owner) this subscription acquires jobs as.</summary>
    public string WorkerId { get; }

    /// <summary>Completes when the subscription has stopped and every job it held is reported or given back.</summary>
    public Task Completion { get; }

    /// <summary>True once a stop was requested.</summary>
    public bool IsStopping => _stopping.IsCancellationRequested;

    /// <summary>
    /// Stops acquiring jobs, lets running handlers finish within the grace period, gives back the jobs that were not
    /// finished, and completes when all of that is done.
    /// </summary>
    /// <param name="cancellationToken">Abandons the orderly stop: calls to Flowable still in flight are cancelled and
    /// jobs that were not yet given back return to Flowable when their lock expires.</param>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        using var abort = cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), _aborting);
        await Completion.ConfigureAwait(false);
    }

    /// <summary>Stops the subscription (see <see cref="StopAsync"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _stopOnCancellation.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _aborting.Dispose();
    }

    /// <summary>Lets <c>await subscription</c> wait until the subscription has stopped.</summary>
    public TaskAwaiter GetAwaiter() => Completion.GetAwaiter();
}
