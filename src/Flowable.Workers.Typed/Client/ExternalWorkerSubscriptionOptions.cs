using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed;

/// <summary>
/// How a subscription acquires and runs jobs. The defaults follow Flowable's official clients: lock duration one
/// minute, one job per acquire, five acquire retries, a 30-second poll interval when idle, one handler at a time.
/// </summary>
public sealed class ExternalWorkerSubscriptionOptions
{
    /// <summary>How long an acquired job stays locked to this worker (sent as an ISO-8601 duration, rounded up to the millisecond). Default one minute.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromTicks(WorkerOptions.LockDuration.Default);

    /// <summary>The most jobs to lock in one acquire call (never more than the free handler slots). Default 1.</summary>
    public int NumberOfTasks { get; set; } = (int)WorkerOptions.NumberOfTasks.Default;

    /// <summary>
    /// How many times Flowable runs one acquire when it collides with another worker (optimistic locking); not the
    /// job's retries. Default 5; must be at least 1, because Flowable's acquire loop runs only while it is above
    /// zero, so 0 silently acquires nothing.
    /// </summary>
    public int NumberOfRetries { get; set; } = (int)WorkerOptions.NumberOfRetries.Default;

    /// <summary>Whether to acquire process jobs, case jobs or both. Default <see cref="ScopeType.Any"/>.</summary>
    public ScopeType ScopeType { get; set; } = (ScopeType)WorkerOptions.ScopeType.Default;

    /// <summary>How long to wait before polling again after an acquire found no job; zero polls again at once. Default 30 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromTicks(WorkerOptions.PollInterval.Default);

    /// <summary>The worker id (lock owner) of this subscription; null uses the client's worker id.</summary>
    public string? WorkerId { get; set; }

    /// <summary>The most handlers running at once, which is also the most jobs this subscription keeps locked. Default 1.</summary>
    public int MaxConcurrency { get; set; } = (int)WorkerOptions.MaxConcurrency.Default;

    /// <summary>
    /// The retries a job keeps when its variables cannot be bound to the handler's parameters; default 0, which
    /// sends the job to Flowable's dead letters at once (binding again would fail the same way).
    /// </summary>
    public int BindingFailureRetries { get; set; } = (int)WorkerOptions.BindingFailureRetries.Default;

    /// <summary>
    /// How many times a job's handler may outlive the job's lock in this process before the job is failed, with a
    /// message saying so, instead of being given back again. Default 3; at least 1.
    /// </summary>
    public int MaxLockOverruns { get; set; } = (int)WorkerOptions.MaxLockOverruns.Default;

    /// <summary>
    /// How long a stop lets running handlers finish before their cancellation token is cancelled and their jobs are
    /// given back. Default zero: handlers are cancelled as soon as the subscription stops.
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// The wait after the first few failed calls to Flowable in a row (those are retried at once or after a few
    /// milliseconds, so that random failures cost next to nothing); it doubles with each further failure. Default one second. While
    /// Flowable is unreachable, acquires are retried at least every second whatever this says.
    /// </summary>
    public TimeSpan ErrorBackoffInitialDelay { get; set; } = TimeSpan.FromTicks(WorkerOptions.ErrorBackoffInitialDelay.Default);

    /// <summary>
    /// The longest wait between failed calls to Flowable, and the pace of retries after a 401 or 403 on acquire.
    /// Default one minute.
    /// </summary>
    public TimeSpan ErrorBackoffMaxDelay { get; set; } = TimeSpan.FromTicks(WorkerOptions.ErrorBackoffMaxDelay.Default);

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming the first setting out of range, with the same words the
    /// analyzers (FLW0043) and the hosted workers use.
    /// </summary>
    public void Validate()
    {
        if (WorkerSettingsValidator.Validate(ToSettings()) is [var problem, ..])
        {
            throw new ArgumentOutOfRangeException(problem.Option.Name, problem.Value, problem.Requirement + ".");
        }

        if (WorkerId is not null && string.IsNullOrWhiteSpace(WorkerId))
        {
            throw new ArgumentException("WorkerId must not be empty; leave it null to use the client's worker id.", nameof(WorkerId));
        }

        if (ShutdownGracePeriod < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ShutdownGracePeriod), ShutdownGracePeriod, "ShutdownGracePeriod must not be negative.");
        }
    }

    /// <summary>
    /// The options of a generated worker: what its <c>[ExternalWorker]</c> attribute sets wins over
    /// <paramref name="defaults"/>, which win over the built-in defaults.
    /// </summary>
    internal static ExternalWorkerSubscriptionOptions For(ExternalWorkerDefinition definition, ExternalWorkerSubscriptionOptions? defaults)
    {
        var template = defaults ?? new ExternalWorkerSubscriptionOptions();
        return template.With(WorkerSettings.Resolve([definition.ToSettings(), template.ToSettings()]));
    }

    /// <summary>A copy of these options (worker id, grace period) with every worker option taken from <paramref name="resolved"/>.</summary>
    internal ExternalWorkerSubscriptionOptions With(WorkerSettings resolved)
    {
        var options = Clone();
        options.LockDuration = resolved.LockDuration ?? options.LockDuration;
        options.PollInterval = resolved.PollInterval ?? options.PollInterval;
        options.NumberOfTasks = resolved.NumberOfTasks ?? options.NumberOfTasks;
        options.NumberOfRetries = resolved.NumberOfRetries ?? options.NumberOfRetries;
        options.MaxConcurrency = resolved.MaxConcurrency ?? options.MaxConcurrency;
        options.ScopeType = resolved.ScopeType is { } scopeType ? (ScopeType)scopeType : options.ScopeType;
        options.BindingFailureRetries = resolved.BindingFailureRetries ?? options.BindingFailureRetries;
        options.MaxLockOverruns = resolved.MaxLockOverruns ?? options.MaxLockOverruns;
        options.ErrorBackoffInitialDelay = resolved.ErrorBackoffInitialDelay ?? options.ErrorBackoffInitialDelay;
        options.ErrorBackoffMaxDelay = resolved.ErrorBackoffMaxDelay ?? options.ErrorBackoffMaxDelay;
        return options;
    }

    /// <summary>These options as a settings layer with every option set.</summary>
    internal WorkerSettings ToSettings() => new()
    {
        LockDuration = LockDuration,
        PollInterval = PollInterval,
        NumberOfTasks = NumberOfTasks,
        NumberOfRetries = NumberOfRetries,
        MaxConcurrency = MaxConcurrency,
        ScopeType = (int)ScopeType,
        BindingFailureRetries = BindingFailureRetries,
        MaxLockOverruns = MaxLockOverruns,
        ErrorBackoffInitialDelay = ErrorBackoffInitialDelay,
        ErrorBackoffMaxDelay = ErrorBackoffMaxDelay,
    };

    /// <summary>A copy, so that a running subscription is not affected by later changes to these options.</summary>
    internal ExternalWorkerSubscriptionOptions Clone() => (ExternalWorkerSubscriptionOptions)MemberwiseClone();
}
