using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Flowable.Workers.Typed.Tests.Client;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also records the due time of every timer created on it, so that a test sees
/// each wait the engine asks for (a poll interval, a backoff delay, a lock deadline) before moving the clock past it.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();

    /// <summary>The due time of every timer created so far, oldest first.</summary>
    public IReadOnlyList<TimeSpan> DueTimes => [.. _dueTimes];

    public override DateTimeOffset GetUtcNow() => _clock.GetUtcNow();

    public override long GetTimestamp() => _clock.GetTimestamp();

    public override long TimestampFrequency => _clock.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _clock.CreateTimer(callback, state, dueTime, period);
        _dueTimes.Enqueue(dueTime);
        return timer;
    }

    public void Advance(TimeSpan delta) => _clock.Advance(delta);

    /// <summary>Waits until the timer number <paramref name="index"/> (from 0) exists; returns its due time.</summary>
    public async Task<TimeSpan> TimerAsync(int index)
    {
        await EmulatedFlowable.WaitUntilAsync(() => _dueTimes.Count > index, $"timer {index} is created");
        return DueTimes[index];
    }
}
