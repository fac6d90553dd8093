using Flowable.Workers.Typed.Engine;

namespace Flowable.Workers.Typed.Tests.Engine;

public sealed class ErrorBackoffTests
{
    [Fact]
    public void The_first_two_failures_in_a_row_are_retried_at_once_and_the_next_ones_within_milliseconds()
    {
        var backoff = new ErrorBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), new Random(42));

        var delays = Enumerable.Range(0, ErrorBackoff.QuickRetries).Select(_ => backoff.NextDelay()).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero], delays.Take(ErrorBackoff.ImmediateRetries));
        double[] capsInMilliseconds = [8, 32];
        Assert.Equal(capsInMilliseconds.Length, delays.Count - ErrorBackoff.ImmediateRetries);
        for (var i = 0; i < capsInMilliseconds.Length; i++)
        {
            Assert.InRange(delays[ErrorBackoff.ImmediateRetries + i].TotalMilliseconds, 1, capsInMilliseconds[i]);
        }
    }

    [Fact]
    public void A_delayed_quick_retry_waits_at_least_a_millisecond_because_a_shorter_delay_is_no_wait_at_all()
    {
        var backoff = new ErrorBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), new ZeroRandom());

        var delays = Enumerable.Range(0, ErrorBackoff.QuickRetries).Select(_ => backoff.NextDelay()).ToList();

        Assert.All(delays.Skip(ErrorBackoff.ImmediateRetries), delay => Assert.Equal(TimeSpan.FromMilliseconds(1), delay));
    }

    [Fact]
    public void Quick_retries_never_wait_longer_than_the_initial_delay()
    {
        var backoff = new ErrorBackoff(TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1), new Random(4));

        var delays = Enumerable.Range(0, ErrorBackoff.QuickRetries).Select(_ => backoff.NextDelay()).ToList();

        Assert.All(delays, delay => Assert.InRange(delay.TotalMilliseconds, 0, 5));
    }

    [Fact]
    public void After_the_quick_retries_delays_double_per_failure_within_jitter_and_stop_at_the_cap()
    {
        var backoff = new ErrorBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), new Random(42));
        for (var i = 0; i < ErrorBackoff.QuickRetries; i++)
        {
            backoff.NextDelay();
        }

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.NextDelay()).ToList();

        double[] expectedSeconds = [1, 2, 4, 8, 10, 10, 10, 10];
        for (var i = 0; i < delays.Count; i++)
        {
            Assert.InRange(delays[i].TotalSeconds, expectedSeconds[i] * 0.8, Math.Min(expectedSeconds[i] * 1.2, 10));
        }

        Assert.Equal(ErrorBackoff.QuickRetries + 8, backoff.ConsecutiveFailures);
    }

    [Fact]
    public void Reset_starts_again_with_a_quick_retry()
    {
        var backoff = new ErrorBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), new Random(7));
        for (var i = 0; i < 5; i++)
        {
            backoff.NextDelay();
        }

        backoff.Reset();

        Assert.Equal(0, backoff.ConsecutiveFailures);
        Assert.Equal(TimeSpan.Zero, backoff.NextDelay());
    }

    [Fact]
    public void Jitter_spreads_delays_instead_of_repeating_one_value()
    {
        var random = new Random(1);
        var delays = Enumerable.Range(0, 50)
            .Select(_ => ErrorBackoff.Jitter(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), random))
            .ToList();

        Assert.All(delays, d => Assert.InRange(d.TotalSeconds, 8, 12));
        Assert.True(delays.Distinct().Count() > 40);
    }

    [Fact]
    public void Many_failures_never_overflow_past_the_cap()
    {
        var backoff = new ErrorBackoff(TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(5), new Random(3));

        var last = TimeSpan.Zero;
        for (var i = 0; i < 200; i++)
        {
            last = backoff.NextDelay();
        }

        Assert.InRange(last.TotalSeconds, 4, 5);
    }

    [Fact]
    public void A_cap_below_the_initial_delay_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ErrorBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)));
    }

    /// <summary>The lowest draw <see cref="Random"/> can give, every time.</summary>
    private sealed class ZeroRandom : Random
    {
        public override double NextDouble() => 0;
    }
}
