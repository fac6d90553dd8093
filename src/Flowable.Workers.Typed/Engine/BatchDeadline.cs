using System.Diagnostics.CodeAnalysis;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// The lock deadline shared by the jobs of one acquire: they were locked by the same request, so their locks expire
/// together. One token, cancelled shortly before the locks expire or when running handlers are cancelled, serves every
/// run of the batch; it is disposed when the last run of the batch is over. (A token source with a timer per job cost
/// a tenth of the engine's CPU per job.)
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Reference-counted: the last run to leave disposes the token source.")]
internal sealed class BatchDeadline
{
    private readonly CancellationTokenSource _handlerToken = new();
    private readonly ITimer _limitTimer;
    private readonly CancellationTokenRegistration _handlersCancelled;
    private volatile bool _limitReached;
    private int _runsLeft;

    /// <param name="lockExpiresAt">When the locks expire at the latest, counted from when the acquire was sent.</param>
    /// <param name="lockDuration">The lock duration asked for, which sets the margin before expiry.</param>
    /// <param name="runs">How many runs share the deadline; the last one to end disposes it.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="cancelHandlers">Cancels every running handler (the stop's grace period is over).</param>
    public BatchDeadline(DateTimeOffset lockExpiresAt, TimeSpan lockDuration, int runs, TimeProvider timeProvider, CancellationToken cancelHandlers)
    {
        LockExpiresAt = lockExpiresAt;
        HandlerLimit = lockExpiresAt - Margin(lockDuration);
        StartBy = lockExpiresAt - lockDuration + WaitBudget(lockDuration);
        _runsLeft = runs;
        var left = HandlerLimit - timeProvider.GetUtcNow();
        _limitTimer = timeProvider.CreateTimer(
            static deadline => ((BatchDeadline)deadline!).ReachLimit(), this, left > TimeSpan.Zero ? left : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        _handlersCancelled = cancelHandlers.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), _handlerToken);
    }

    /// <summary>
    /// How long after the acquire a job of it that waits in the local buffer may still start: until half the lock
    /// duration is left before the handler limit.
    /// </summary>
    public static TimeSpan WaitBudget(TimeSpan lockDuration) => lockDuration - Margin(lockDuration) - (lockDuration / 2);

    /// <summary>When the jobs' locks expire at the latest.</summary>
    public DateTimeOffset LockExpiresAt { get; }

    /// <summary>When handlers are cancelled so that their jobs can still be given back before the locks expire.</summary>
    public DateTimeOffset HandlerLimit { get; }

    /// <summary>The latest a job of the batch that waited (in the local buffer, or for an older run of it) may start.</summary>
    public DateTimeOffset StartBy { get; }

    /// <summary>Whether a job of the batch that waited may still start at <paramref name="now"/> (see <see cref="WaitBudget"/>).</summary>
    public bool MayStart(DateTimeOffset now) => now <= StartBy;

    /// <summary>The handlers' token: cancelled at <see cref="HandlerLimit"/> or when running handlers are cancelled.</summary>
    public CancellationToken HandlerToken => _handlerToken.Token;

    /// <summary>Whether <see cref="HandlerLimit"/> has passed (the token was cancelled for the lock, not for a stop).</summary>
    public bool LimitReached => _limitReached;

    /// <summary>Records that one run of the batch is over; the last one frees the timer.</summary>
    public void Leave()
    {
        if (Interlocked.Decrement(ref _runsLeft) == 0)
        {
            _limitTimer.Dispose();
            _handlersCancelled.Dispose();
            _handlerToken.Dispose();
        }
    }

    private void ReachLimit()
    {
        _limitReached = true;
        try
        {
            _handlerToken.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Every run of the batch ended as the timer fired.
        }
    }

    /// <summary>The margin before the lock expires: a tenth of the lock, at most 10 s.</summary>
    private static TimeSpan Margin(TimeSpan lockDuration) =>
        TimeSpan.FromTicks(Math.Min(lockDuration.Ticks / 10, TimeSpan.FromSeconds(10).Ticks));
}
