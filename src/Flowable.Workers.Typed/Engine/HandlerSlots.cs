using System.Threading.Tasks.Sources;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// The handler slots of one subscription. A slot is taken before a job is started and given back when the job's
/// result is sent (or the job is given back), so no more handlers run at once than there are slots.
/// </summary>
/// <remarks>
/// Only the subscription's loop takes slots, so there is at most one waiter, and it waits on one reusable
/// <see cref="IValueTaskSource{TResult}"/>: a wait costs no allocation (a semaphore's wait costs a task, a node and a
/// state machine per job). The waiter resumes on the thread that released the slot, saving a thread-pool hop.
/// </remarks>
internal sealed class HandlerSlots : IValueTaskSource<int>
{
    private readonly object _gate = new();
    private ManualResetValueTaskSourceCore<int> _waiter;
    private CancellationTokenRegistration _cancellation;
    private CancellationToken _waitToken;
    private bool _waiting;
    private int _wanted;
    private int _free;

    public HandlerSlots(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Capacity = count;
        _free = count;
    }

    /// <summary>The total number of slots (the subscription's max concurrency).</summary>
    public int Capacity { get; }

    /// <summary>How many slots are free now.</summary>
    public int Free
    {
        get
        {
            lock (_gate)
            {
                return _free;
            }
        }
    }

    /// <summary>Waits until at least one slot is free, then takes it and up to <paramref name="max"/> − 1 more that are free at once.</summary>
    /// <returns>How many slots were taken (1 to <paramref name="max"/>).</returns>
    /// <exception cref="InvalidOperationException">Another wait is still pending (only one caller may wait).</exception>
    public ValueTask<int> TakeAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<int>(cancellationToken);
        }

        lock (_gate)
        {
            if (_waiting)
            {
                throw new InvalidOperationException("Only one caller may wait for handler slots at a time.");
            }

            if (_free > 0)
            {
                return new ValueTask<int>(TakeFree(max));
            }

            _waiting = true;
            _wanted = max;
            _waitToken = cancellationToken;
            _waiter.Reset();
            // Inside the lock, so that no release completes the wait before its registration is stored (and disposed
            // by GetResult). A token cancelled meanwhile runs CancelWait here at once; the lock is re-entrant.
            _cancellation = cancellationToken.UnsafeRegister(static slots => ((HandlerSlots)slots!).CancelWait(), this);
            return new ValueTask<int>(this, _waiter.Version);
        }
    }

    /// <summary>Gives back <paramref name="count"/> slots, handing them to the waiter if there is one.</summary>
    public void Release(int count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        int handed;
        lock (_gate)
        {
            _free += count;
            if (!_waiting)
            {
                return;
            }

            _waiting = false;
            handed = TakeFree(_wanted);
        }

        _waiter.SetResult(handed);
    }

    int IValueTaskSource<int>.GetResult(short token)
    {
        _cancellation.Dispose();
        return _waiter.GetResult(token);
    }

    ValueTaskSourceStatus IValueTaskSource<int>.GetStatus(short token) => _waiter.GetStatus(token);

    void IValueTaskSource<int>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _waiter.OnCompleted(continuation, state, token, flags);

    private int TakeFree(int max)
    {
        var taken = Math.Min(max, _free);
        _free -= taken;
        return taken;
    }

    private void CancelWait()
    {
        CancellationToken token;
        lock (_gate)
        {
            if (!_waiting)
            {
                return;
            }

            _waiting = false;
            token = _waitToken;
        }

        _waiter.SetException(new OperationCanceledException(token));
    }
}
