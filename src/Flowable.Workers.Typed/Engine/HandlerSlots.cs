namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// The handler slots of one subscription. A slot is taken before a job is acquired and given back when the
/// job's result is sent (or the job is given back), so the worker never holds more locked jobs than it can run.
/// </summary>
internal sealed class HandlerSlots : IDisposable
{
    private readonly SemaphoreSlim _free;

    public HandlerSlots(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Capacity = count;
        _free = new SemaphoreSlim(count, count);
    }

    /// <summary>The total number of slots (the subscription's max concurrency).</summary>
    public int Capacity { get; }

    /// <summary>How many slots are free now.</summary>
    public int Free => _free.CurrentCount;

    /// <summary>Waits until at least one slot is free, then takes it and up to <paramref name="max"/> − 1 more that are free at once.</summary>
    /// <returns>How many slots were taken (1 to <paramref name="max"/>).</returns>
    public async Task<int> TakeAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await _free.WaitAsync(cancellationToken).ConfigureAwait(false);
        var taken = 1;
        while (taken < max && _free.Wait(0, CancellationToken.None))
        {
            taken++;
        }

        return taken;
    }

    /// <summary>Gives back <paramref name="count"/> slots.</summary>
    public void Release(int count = 1)
    {
        if (count > 0)
        {
            _free.Release(count);
        }
    }

    public void Dispose() => _free.Dispose();
}
