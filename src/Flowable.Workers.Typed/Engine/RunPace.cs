namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// How long a run takes on average (handler and report), to size the local buffer: an acquire takes beyond its free
/// slots only as many jobs as can expect to start while most of their lock is left. Until the first run ends the pace
/// is unknown, and no job is taken beyond the free slots.
/// </summary>
internal sealed class RunPace
{
    // Each run moves the average an eighth of the way towards its own duration.
    private const int Smoothing = 8;

    private long _averageTicks;

    /// <summary>Records how long one run took.</summary>
    public void Record(TimeSpan elapsed)
    {
        var sample = Math.Max(elapsed.Ticks, 1);
        long seen, next;
        do
        {
            seen = Volatile.Read(ref _averageTicks);
            next = seen == 0 ? sample : seen + ((sample - seen) / Smoothing);
        }
        while (Interlocked.CompareExchange(ref _averageTicks, next, seen) != seen);
    }

    /// <summary>
    /// How many jobs may wait for a slot: as many as <paramref name="slots"/> handlers at the average pace start within
    /// half of <paramref name="waitBudget"/> (the other half absorbs slower runs); 0 while the pace is unknown.
    /// </summary>
    public int JobsThatCanWait(TimeSpan waitBudget, int slots)
    {
        var average = Volatile.Read(ref _averageTicks);
        if (average == 0 || waitBudget <= TimeSpan.Zero)
        {
            return 0;
        }

        var jobs = (double)waitBudget.Ticks / 2 / average * slots;
        return jobs >= int.MaxValue ? int.MaxValue : (int)jobs;
    }
}
