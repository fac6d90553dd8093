using System.Diagnostics.CodeAnalysis;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Acquired jobs waiting for a handler slot (the local buffer). The loop adds what an acquire brought beyond its free
/// slots; a run that ends takes the next one and starts it in its own slot, on its own thread, so a buffered job costs
/// no thread-pool hand-off and no wake-up of the loop; the loop takes from it too when it holds a free slot. Nothing
/// is taken once the subscription stops: <see cref="Close"/> hands the rest over to be given back.
/// </summary>
internal sealed class JobBuffer(CancellationToken stopping)
{
    private readonly object _gate = new();
    private readonly Queue<JobRun> _runs = new();
    private bool _closed;

    /// <summary>How many jobs wait now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _runs.Count;
            }
        }
    }

    /// <summary>Adds an acquired job that has no slot yet.</summary>
    /// <exception cref="InvalidOperationException">The buffer is closed.</exception>
    public void Add(JobRun run)
    {
        lock (_gate)
        {
            if (_closed)
            {
                throw new InvalidOperationException("The job buffer is closed: the subscription is stopping.");
            }

            _runs.Enqueue(run);
        }
    }

    /// <summary>The job that has waited longest, unless none waits or the subscription is stopping.</summary>
    public bool TryTake([NotNullWhen(true)] out JobRun? run)
    {
        lock (_gate)
        {
            if (_closed || stopping.IsCancellationRequested)
            {
                run = null;
                return false;
            }

            return _runs.TryDequeue(out run);
        }
    }

    /// <summary>Closes the buffer at the stop; returns the jobs that never started, to be given back.</summary>
    public JobRun[] Close()
    {
        lock (_gate)
        {
            _closed = true;
            var left = _runs.ToArray();
            _runs.Clear();
            return left;
        }
    }
}
