namespace Flowable.Workers.Typed;

/// <summary>
/// How a subscription acquires and runs jobs. The defaults follow Flowable's official clients: lock duration one
/// minute, one job per acquire, five acquire retries, a 30-second poll interval when idle, one handler at a time.
/// </summary>
public sealed class ExternalWorkerSubscriptionOptions
{
    /// <summary>How long an acquired job stays locked to this worker (sent as an ISO-8601 duration). Default one minute.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most jobs to lock in one acquire call (never more than the free handler slots). Default 1.</summary>
    public int NumberOfTasks { get; set; } = 1;

    /// <summary>
    /// How many times Flowable retries one acquire when it collides with another worker (optimistic locking);
    /// not the job's retries. Default 5; must be at least 1, because Flowable silently acquires nothing for 0.
    /// </summary>
    public int NumberOfRetries { get; set; } = 5;

    /// <summary>Whether to acquire process jobs, case jobs or both. Default <see cref="ScopeType.Any"/>.</summary>
    public ScopeType ScopeType { get; set; } = ScopeType.Any;

    /// <summary>How long to wait before polling again after an acquire found no job. Default 30 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The worker id (lock owner) of this subscription; null uses the client's worker id.</summary>
    public string? WorkerId { get; set; }

    /// <summary>The most handlers running at once, which is also the most jobs this subscription keeps locked. Default 1.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>
    /// How long a stop lets running handlers finish before their cancellation token is cancelled and their jobs are
    /// given back. Default zero: handlers are cancelled as soon as the subscription stops.
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// The wait after the first few failed calls to Flowable in a row (those are retried after a few milliseconds, so
    /// that a single failure costs next to nothing); it doubles with each further failure. Default one second. While
    /// Flowable is unreachable, acquires are retried at least every second whatever this says.
    /// </summary>
    public TimeSpan ErrorBackoffInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait between failed calls to Flowable, and the pace of retries after a 401 or 403 on acquire.
    /// Default one minute.
    /// </summary>
    public TimeSpan ErrorBackoffMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The retries a job keeps when one of its variables cannot be bound to the handler's parameters (missing, or of
    /// the wrong type). Default 0: no retry can fix it, so the job moves to the dead letter jobs at once.
    /// </summary>
    public int BindingFailureRetries { get; set; }

    /// <summary>
    /// How often a job's handler may outlive its lock in this process before the job is failed for good (retries 0)
    /// with "did not finish within its lock". Default 3; at least 1.
    /// </summary>
    public int MaxLockOverruns { get; set; } = 3;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        ThrowIfNotPositive(LockDuration, nameof(LockDuration));
        if (NumberOfTasks < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(NumberOfTasks), NumberOfTasks, "NumberOfTasks must be at least 1.");
        }

        if (NumberOfRetries < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(NumberOfRetries), NumberOfRetries,
                "NumberOfRetries must be at least 1: Flowable acquires nothing, without an error, when it is 0 or less.");
        }

        if (!Enum.IsDefined(ScopeType))
        {
            throw new ArgumentOutOfRangeException(nameof(ScopeType), ScopeType, "ScopeType must be Any, Bpmn or Cmmn.");
        }

        if (PollInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "PollInterval must not be negative.");
        }

        if (WorkerId is not null && string.IsNullOrWhiteSpace(WorkerId))
        {
            throw new ArgumentException("WorkerId must not be empty; leave it null to use the client's worker id.", nameof(WorkerId));
        }

        if (MaxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "MaxConcurrency must be at least 1.");
        }

        if (ShutdownGracePeriod < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ShutdownGracePeriod), ShutdownGracePeriod, "ShutdownGracePeriod must not be negative.");
        }

        if (BindingFailureRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(BindingFailureRetries), BindingFailureRetries,
                "BindingFailureRetries must be 0 or more (0 moves a job whose variables cannot be bound to the dead letter jobs at once).");
        }

        if (MaxLockOverruns < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLockOverruns), MaxLockOverruns, "MaxLockOverruns must be at least 1.");
        }

        ThrowIfNotPositive(ErrorBackoffInitialDelay, nameof(ErrorBackoffInitialDelay));
        if (ErrorBackoffMaxDelay < ErrorBackoffInitialDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(ErrorBackoffMaxDelay), ErrorBackoffMaxDelay,
                "ErrorBackoffMaxDelay must not be shorter than ErrorBackoffInitialDelay.");
        }
    }

    /// <summary>
    /// The options of a generated worker: what its <c>[ExternalWorker]</c> attribute sets wins over
    /// <paramref name="defaults"/>, which win over the built-in defaults.
    /// </summary>
    internal static ExternalWorkerSubscriptionOptions For(ExternalWorkerDefinition definition, ExternalWorkerSubscriptionOptions? defaults)
    {
        var options = defaults?.Clone() ?? new ExternalWorkerSubscriptionOptions();
        options.LockDuration = definition.LockDuration ?? options.LockDuration;
        options.PollInterval = definition.PollInterval ?? options.PollInterval;
        options.NumberOfTasks = definition.NumberOfTasks ?? options.NumberOfTasks;
        options.NumberOfRetries = definition.NumberOfRetries ?? options.NumberOfRetries;
        options.MaxConcurrency = definition.MaxConcurrency ?? options.MaxConcurrency;
        options.ScopeType = definition.ScopeType ?? options.ScopeType;
        return options;
    }

    /// <summary>A copy, so that a running subscription is not affected by later changes to these options.</summary>
    internal ExternalWorkerSubscriptionOptions Clone() => (ExternalWorkerSubscriptionOptions)MemberwiseClone();

    private static void ThrowIfNotPositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
        }
    }
}
