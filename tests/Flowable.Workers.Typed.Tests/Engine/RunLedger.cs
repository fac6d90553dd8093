using System.Collections.Concurrent;

namespace Flowable.Workers.Typed.Tests.Engine;

/// <summary>Counts the runs of each job and catches two runs of one job at the same time.</summary>
internal sealed class RunLedger
{
    private readonly ConcurrentDictionary<string, int> _running = new();
    private readonly ConcurrentDictionary<string, int> _runs = new();
    private int _overlaps;

    public int Overlaps => Volatile.Read(ref _overlaps);

    public int RunsOf(string jobId) => _runs.GetValueOrDefault(jobId);

    /// <summary>Records the start of a run; returns which run of the job it is (1 for the first).</summary>
    public int Enter(string jobId)
    {
        if (_running.AddOrUpdate(jobId, 1, (_, n) => n + 1) > 1)
        {
            Interlocked.Increment(ref _overlaps);
        }

        return _runs.AddOrUpdate(jobId, 1, (_, n) => n + 1);
    }

    public void Exit(string jobId) => _running.AddOrUpdate(jobId, 0, (_, n) => n - 1);
}
