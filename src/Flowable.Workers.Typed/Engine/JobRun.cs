namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// One acquisition of a job and the run it starts. A later acquisition of the same job (its lock expired and this
/// worker got it again) supersedes this one: from then on nothing this run computed is sent.
/// </summary>
internal sealed class JobRun(ExternalWorkerJob job, long generation, BatchDeadline deadline)
{
    private readonly object _gate = new();
    private volatile bool _superseded;
    private bool _over;
    private TaskCompletionSource? _whenOver;

    public ExternalWorkerJob Job { get; } = job;

    /// <summary>Counts the acquisitions of the subscription; a later acquisition has a higher generation.</summary>
    public long Generation { get; } = generation;

    /// <summary>The lock deadline this run shares with the other jobs of its acquire.</summary>
    public BatchDeadline Deadline { get; } = deadline;

    /// <summary>When the lock of this acquisition expires at the latest, counted from when the acquire was sent.</summary>
    public DateTimeOffset LockExpiresAt => Deadline.LockExpiresAt;

    /// <summary>The older run of the same job that was still going when this one was acquired; this run waits for it.</summary>
    public JobRun? Previous { get; set; }

    public bool IsSuperseded => _superseded;

    public void Supersede() => _superseded = true;

    /// <summary>Completes when this run is over (its result reported, dropped, or its job given back).</summary>
    /// <remarks>Only a newer acquisition of the same job waits for this, so the task is made only when asked for.</remarks>
    public Task WhenOver()
    {
        lock (_gate)
        {
            if (_over)
            {
                return Task.CompletedTask;
            }

            _whenOver ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _whenOver.Task;
        }
    }

    /// <summary>Marks the run over: wakes a newer run of the job waiting for it and leaves the batch's deadline.</summary>
    public void End()
    {
        TaskCompletionSource? waiting;
        lock (_gate)
        {
            if (_over)
            {
                return;
            }

            _over = true;
            waiting = _whenOver;
        }

        waiting?.TrySetResult();
        Deadline.Leave();
    }
}
