namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// The registry of the jobs a subscription holds: job id → its current acquisition (<see cref="JobRun"/>), and how
/// often each job's handler outlived its lock in this process. The sender asks it before every send and retry, so
/// that a result or a retry of a superseded acquisition is never sent.
/// </summary>
/// <remarks>
/// A report whose earlier attempt may have been applied (its answer was lost) is retried only while no acquire is in
/// flight, and acquires register their jobs before the next such retry goes out: a retry can then never land on a
/// newer acquisition of its job that the registry does not know of yet.
/// </remarks>
internal sealed class HeldJobs : IDisposable
{
    private const int OverrunsKeptBeforePruning = 1024;

    private readonly Dictionary<string, JobRun> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, DateTimeOffset Last)> _overruns = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _exclusive = new(1, 1);
    private long _generation;

    /// <summary>Registers a new acquisition of <paramref name="job"/>; an older run of it still going is superseded.</summary>
    public JobRun Hold(ExternalWorkerJob job, BatchDeadline deadline)
    {
        lock (_current)
        {
            var run = new JobRun(job, ++_generation, deadline);
            if (_current.TryGetValue(job.Id, out var previous))
            {
                previous.Supersede();
                run.Previous = previous;
            }

            _current[job.Id] = run;
            return run;
        }
    }

    /// <summary>Whether <paramref name="run"/> is still the job's current acquisition.</summary>
    public bool IsCurrent(JobRun run)
    {
        lock (_current)
        {
            return _current.TryGetValue(run.Job.Id, out var current) && ReferenceEquals(current, run);
        }
    }

    /// <summary>Ends <paramref name="run"/> and forgets it, unless a newer acquisition took its place.</summary>
    public void Release(JobRun run)
    {
        lock (_current)
        {
            if (_current.TryGetValue(run.Job.Id, out var current) && ReferenceEquals(current, run))
            {
                _current.Remove(run.Job.Id);
            }
        }

        run.End();
    }

    /// <summary>Records that the job's handler outlived its lock; returns how often it did so in this process.</summary>
    public int RecordOverrun(string jobId, DateTimeOffset now, TimeSpan forgetAfter)
    {
        lock (_overruns)
        {
            if (_overruns.Count >= OverrunsKeptBeforePruning)
            {
                foreach (var stale in _overruns.Where(entry => now - entry.Value.Last > forgetAfter).Select(entry => entry.Key).ToList())
                {
                    _overruns.Remove(stale);
                }
            }

            var count = _overruns.GetValueOrDefault(jobId).Count + 1;
            _overruns[jobId] = (count, now);
            return count;
        }
    }

    /// <summary>How often the job's handler outlived its lock in this process.</summary>
    public int OverrunsOf(string jobId)
    {
        lock (_overruns)
        {
            return _overruns.Count == 0 ? 0 : _overruns.GetValueOrDefault(jobId).Count;
        }
    }

    /// <summary>Forgets the overruns of a job whose outcome was reported.</summary>
    public void ForgetOverruns(string jobId)
    {
        lock (_overruns)
        {
            if (_overruns.Count > 0)
            {
                _overruns.Remove(jobId);
            }
        }
    }

    /// <summary>Waits until no acquire and no uncertain retry is in flight, then keeps others out until <see cref="ExitExclusive"/>.</summary>
    public Task EnterExclusiveAsync(CancellationToken cancellationToken) => _exclusive.WaitAsync(cancellationToken);

    public void ExitExclusive() => _exclusive.Release();

    public void Dispose() => _exclusive.Dispose();
}
