using System.Collections.Concurrent;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Workers;

/// <summary>What the soak's jobs ask the worker to do, by the <c>mode</c> variable.</summary>
public static class SoakMode
{
    public const string Complete = "complete";
    public const string BpmnError = "bpmnError";
    public const string DeadLetter = "deadLetter";
    public const string FailOnceThenComplete = "failOnce";

    public static readonly string[] All = [Complete, BpmnError, DeadLetter, FailOnceThenComplete];
}

/// <summary>
/// Counts how often each job ran and how many of its runs failed, across every worker of the soak, and catches two runs
/// of one job at the same time.
/// </summary>
public sealed class SoakLedger
{
    private readonly ConcurrentDictionary<string, int> _runs = new();
    private readonly ConcurrentDictionary<string, int> _failedRuns = new();
    private readonly ConcurrentDictionary<string, int> _running = new();
    private int _overlaps;

    public int Overlaps => Volatile.Read(ref _overlaps);

    public int RunsOf(string jobId) => _runs.GetValueOrDefault(jobId);

    public int FailedRunsOf(string jobId) => _failedRuns.GetValueOrDefault(jobId);

    /// <summary>Records the start of a run; returns which run of the job it is (1 for the first).</summary>
    public int Record(string jobId)
    {
        if (_running.AddOrUpdate(jobId, 1, (_, running) => running + 1) > 1)
        {
            Interlocked.Increment(ref _overlaps);
        }

        return _runs.AddOrUpdate(jobId, 1, (_, runs) => runs + 1);
    }

    /// <summary>Records the end of a run, and whether it failed the job.</summary>
    public void Finished(string jobId, bool failed)
    {
        if (failed)
        {
            _failedRuns.AddOrUpdate(jobId, 1, (_, runs) => runs + 1);
        }

        _running.AddOrUpdate(jobId, 0, (_, running) => running - 1);
    }
}

/// <summary>The soak's worker: a few typed variables in, a typed result (or an error) out, a little async work between.</summary>
[ExternalWorker("soak")]
public sealed partial class SoakWorker(SoakLedger ledger)
{
    public async Task<SoakResult> HandleAsync(int n, string mode, decimal amount, ExternalWorkerJob job, CancellationToken cancellationToken)
    {
        var run = ledger.Record(job.Id);
        var failed = mode == SoakMode.DeadLetter || (mode == SoakMode.FailOnceThenComplete && run == 1);
        try
        {
            await Task.Delay(n % 3, cancellationToken);
            return mode switch
            {
                SoakMode.BpmnError => throw new BpmnErrorException("SOAK", Variables.VariableWriter.Int32("n", n)),
                SoakMode.DeadLetter => throw new WorkerFailureException($"job {n} cannot be done", retries: 0),
                SoakMode.FailOnceThenComplete when run == 1 => throw new InvalidOperationException($"job {n} failed its first run"),
                _ => new SoakResult(n * 2, amount * 2, run),
            };
        }
        finally
        {
            ledger.Finished(job.Id, failed);
        }
    }
}

public sealed record SoakResult(int Doubled, decimal DoubledAmount, int Run);
