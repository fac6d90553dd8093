using System.Runtime.CompilerServices;

namespace Flowable.Workers.Typed;

/// <summary>
/// A running subscription to one topic: it acquires jobs, runs the handler on them and reports the outcomes until
/// stopped. Dispose it (or call <see cref="StopAsync"/>) to stop; <c>await</c> it to wait until it has stopped.
/// Prefer <see cref="DisposeAsync"/>; <see cref="Dispose"/> blocks for a bounded time (see there).
/// </summary>
/// <remarks>
/// A subscription does not stop on errors: failed calls to Flowable are logged and retried with backoff, and
/// a handler that throws fails its job. Stopping stops acquiring, gives back jobs not yet started, cancels the
/// token of running handlers (after <see cref="ExternalWorkerSubscriptionOptions.ShutdownGracePeriod"/>) and gives
/// back their jobs too; a job is never marked failed because the subscription stopped.
/// </remarks>
public sealed class ExternalWorkerSubscription : IAsyncDisposable, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _aborting = new();
    private readonly CancellationTokenRegistration _stopOnCancellation;
    private readonly TimeSpan _shutdownGracePeriod;

    internal ExternalWorkerSubscription(
        string topic,
        string workerId,
        TimeSpan shutdownGracePeriod,
        Func<CancellationToken, CancellationToken, Task> run,
        CancellationToken cancellationToken)
    {
        Topic = topic;
        WorkerId = workerId;
        _shutdownGracePeriod = shutdownGracePeriod;
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

    /// <summary>
    /// Stops the subscription and blocks until it has stopped, for callers that cannot await (a service provider
    /// disposed synchronously). The wait is bounded: the orderly stop gets the
    /// <see cref="ExternalWorkerSubscriptionOptions.ShutdownGracePeriod"/> plus <see cref="SynchronousStopMargin"/>;
    /// then calls to Flowable still in flight are abandoned (the jobs not yet given back return to Flowable when their
    /// locks expire) and the wait ends at most <see cref="SynchronousStopMargin"/> later, stopped or not.
    /// </summary>
    public void Dispose()
    {
        if (StopWithinBoundAsync().GetAwaiter().GetResult())
        {
            _stopOnCancellation.Dispose();
            _stopping.Dispose();
            _aborting.Dispose();
        }
    }

    /// <summary>How much longer than the grace period <see cref="Dispose"/> lets the orderly stop take, and then the abandoned one.</summary>
    public static TimeSpan SynchronousStopMargin { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Stops within the bound <see cref="Dispose"/> documents; true when the subscription has stopped.</summary>
    internal async Task<bool> StopWithinBoundAsync()
    {
        var orderly = _shutdownGracePeriod + SynchronousStopMargin;
        using var abandon = new CancellationTokenSource(orderly);
        try
        {
            await StopAsync(abandon.Token).WaitAsync(orderly + SynchronousStopMargin).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (Exception) when (Completion.IsFaulted)
        {
            // The subscription crashed, which it logged: it has stopped.
        }

        return true;
    }

    /// <summary>Lets <c>await subscription</c> wait until the subscription has stopped.</summary>
    public TaskAwaiter GetAwaiter() => Completion.GetAwaiter();
}
