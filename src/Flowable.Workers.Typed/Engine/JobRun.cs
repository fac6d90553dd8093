namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// One acquisition of a job and the run it starts. A later acquisition of the same job (its lock expired and this
/// worker got it again) supersedes this one: from then on nothing this run computed is sent.
/// </summary>
internal sealed class JobRun(ExternalWorkerJob job, long generation, DateTimeOffset lockExpiresAt)
{
    private volatile bool _superseded;

    public ExternalWorkerJob Job { get; } = job;

    /// <summary>Counts the acquisitions of the subscription; a later acquisition has a higher generation.</summary>
    public long Generation { get; } = generation;

    /// <summary>When the lock of this acquisition expires at the latest, counted from when the acquire was sent.</summary>
    public DateTimeOffset LockExpiresAt { get; } = lockExpiresAt;

    /// <summary>The older run of the same job that was still going when this one was acquired; this run waits for it.</summary>
    public JobRun? Previous { get; set; }

    /// <summary>Completes when this run is over (its result reported, dropped, or its job given back).</summary>
    public Task Completion { get; set; } = Task.CompletedTask;

    public bool IsSuperseded => _superseded;

    public void Supersede() => _superseded = true;
}
