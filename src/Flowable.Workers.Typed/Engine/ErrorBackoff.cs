namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Exponential backoff with jitter and a cap for a loop that talks to an unreliable server: each consecutive
/// failure doubles the delay (±20 % jitter so that many workers do not retry in step), up to the cap;
/// <see cref="Reset"/> after a success starts again from the initial delay. Not thread-safe: one per loop.
/// </summary>
internal sealed class ErrorBackoff
{
    private const double JitterFraction = 0.2;

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
        var exponent = Math.Min(_consecutiveFailures, 30);
        _consecutiveFailures++;
        var baseTicks = Math.Min(_initialDelay.Ticks * Math.Pow(2, exponent), _maxDelay.Ticks);
        return Jitter(TimeSpan.FromTicks((long)baseTicks), _maxDelay, _random);
    }

    /// <summary>Records a success: the next failure waits the initial delay again.</summary>
    public void Reset() => _consecutiveFailures = 0;

    /// <summary>Spreads <paramref name="delay"/> by ±20 %, never beyond <paramref name="cap"/>.</summary>
    public static TimeSpan Jitter(TimeSpan delay, TimeSpan cap, Random random)
    {
        var factor = 1 + (JitterFraction * ((random.NextDouble() * 2) - 1));
        var ticks = Math.Min(delay.Ticks * factor, cap.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
