namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// How a worker acquires and runs jobs, as configured (globally or per topic). Null leaves a setting to the next
/// level: worker attribute &gt; per-worker section &gt; global section &gt; built-in defaults.
/// </summary>
public sealed class FlowableWorkerSettings
{
    /// <summary>How long an acquired job stays locked (ISO-8601 such as <c>PT5M</c>, or <c>00:05:00</c>). Built-in default one minute.</summary>
    public TimeSpan? LockDuration { get; set; }

    /// <summary>The most jobs one acquire asks for. Built-in default 1.</summary>
    public int? NumberOfTasks { get; set; }

    /// <summary>How often Flowable retries an acquire on an optimistic-locking conflict. Built-in default 5.</summary>
    public int? NumberOfRetries { get; set; }

    /// <summary>The most handlers running at once. Built-in default 1.</summary>
    public int? MaxConcurrency { get; set; }

    /// <summary>The wait after an acquire found no job (with jitter). Built-in default 30 seconds.</summary>
    public TimeSpan? PollInterval { get; set; }

    /// <summary>Process jobs, case jobs or both (<c>Any</c>, <c>Bpmn</c>, <c>Cmmn</c>). Built-in default <c>Any</c>.</summary>
    public ScopeType? ScopeType { get; set; }

    /// <summary>The first wait after a failed call to Flowable. Built-in default one second.</summary>
    public TimeSpan? ErrorBackoffInitialDelay { get; set; }

    /// <summary>The longest wait between failed calls to Flowable. Built-in default one minute.</summary>
    public TimeSpan? ErrorBackoffMaxDelay { get; set; }

    /// <summary>Copies every setting this object has onto <paramref name="options"/>, leaving the others alone.</summary>
    internal void ApplyTo(ExternalWorkerSubscriptionOptions options)
    {
        options.LockDuration = LockDuration ?? options.LockDuration;
        options.NumberOfTasks = NumberOfTasks ?? options.NumberOfTasks;
        options.NumberOfRetries = NumberOfRetries ?? options.NumberOfRetries;
        options.MaxConcurrency = MaxConcurrency ?? options.MaxConcurrency;
        options.PollInterval = PollInterval ?? options.PollInterval;
        options.ScopeType = ScopeType ?? options.ScopeType;
        options.ErrorBackoffInitialDelay = ErrorBackoffInitialDelay ?? options.ErrorBackoffInitialDelay;
        options.ErrorBackoffMaxDelay = ErrorBackoffMaxDelay ?? options.ErrorBackoffMaxDelay;
    }
}
