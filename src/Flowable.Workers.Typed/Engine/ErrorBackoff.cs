namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// The waits between failed calls to Flowable. A blip (the first <see cref="QuickRetries"/> failures in a row) is
/// retried quickly: the first <see cref="ImmediateRetries"/> at once, the rest after a few random milliseconds, so that
/// free handler slots do not sit idle because a request failed. Only failures that keep coming back off exponentially:
/// from the initial delay, doubling with each further failure (±20 % jitter so that many workers do not retry in step),
/// up to the cap. <see cref="Reset"/> after a success starts again. Not thread-safe: one per loop or per report.
/// </summary>
internal sealed class ErrorBackoff
{
    /// <summary>How many failures in a row are retried at once, without a timer.</summary>
    public const int ImmediateRetries = 2;

    /// <summary>How many failures in a row are retried quickly (at once, then within milliseconds) before the backoff starts.</summary>
    public const int QuickRetries = 4;

    private const double JitterFraction = 0.2;
    private static readonly TimeSpan QuickStep = TimeSpan.FromMilliseconds(2);

    // Task.Delay waits in whole milliseconds: a shorter delay would be no wait at all.
    private static readonly TimeSpan QuickFloor = TimeSpan.FromMilliseconds(1);

    private readonly TimeSpan _initialDelay;
    private readonly TimeSpan _maxDelay;
    private readonly Random _random;
    private int _consecutiveFailures;

    public ErrorBackoff(TimeSpan initialDelay, TimeSpan maxDelay, Random? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initialDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, initialDelay);
        _initialDelay = initialDelay;
        _maxDelay = maxDelay;
        _random = random ?? Random.Shared;
    }

    /// <summary>How many failures happened since the last success.</summary>
    public int ConsecutiveFailures => _consecutiveFailures;

    /// <summary>The longest delay this backoff returns; also the pace of retries that cannot succeed soon.</summary>
    public TimeSpan MaxDelay => _maxDelay;

    /// <summary>Records a failure and returns how long to wait before the next attempt.</summary>
    public TimeSpan NextDelay()
    {
        _consecutiveFailures++;
        if (_consecutiveFailures <= ImmediateRetries)
        {
            // A timer's wake-up costs more than the request: a 1–2 ms delay took 3.5 ms on an idle 2-core host, and with a
            // tenth of all requests failing, such waits after a second failure in a row were 14 % of a one-slot run.
            return TimeSpan.Zero;
        }

        if (_consecutiveFailures <= QuickRetries)
        {
            // 1 ms up to 8, 32 ms (never more than the initial delay): random failures in a row cost next to nothing.
            var cap = Math.Max(Math.Min(QuickStep.Ticks << (2 * (_consecutiveFailures - ImmediateRetries)), _initialDelay.Ticks), QuickFloor.Ticks);
            return TimeSpan.FromTicks(QuickFloor.Ticks + (long)((cap - QuickFloor.Ticks) * _random.NextDouble()));
        }

        var exponent = Math.Min(_consecutiveFailures - QuickRetries - 1, 30);
        var baseTicks = Math.Min(_initialDelay.Ticks * Math.Pow(2, exponent), _maxDelay.Ticks);
        return Jitter(TimeSpan.FromTicks((long)baseTicks), _maxDelay, _random);
    }

    /// <summary>Records a success: the next failures are retried at once again.</summary>
    public void Reset() => _consecutiveFailures = 0;

    /// <summary>Spreads <paramref name="delay"/> by ±20 %, never beyond <paramref name="cap"/>.</summary>
    public static TimeSpan Jitter(TimeSpan delay, TimeSpan cap, Random random)
    {
        var factor = 1 + (JitterFraction * ((random.NextDouble() * 2) - 1));
        var ticks = Math.Min(delay.Ticks * factor, cap.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
