using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// How a worker acquires and runs jobs, as configured globally (<c>Flowable</c>) or per topic
/// (<c>Flowable:Workers:&lt;topic&gt;</c>). Null leaves a setting to the next level:
/// <c>Flowable:Workers:&lt;topic&gt;</c> &gt; the worker's <c>[ExternalWorker]</c> attribute &gt; the global
/// <c>Flowable</c> section &gt; built-in defaults.
/// </summary>
public sealed class FlowableWorkerSettings
{
    /// <summary>The layer these settings are, in the one settings type every level shares.</summary>
    internal WorkerSettings Layer { get; } = new();

    /// <summary>How long an acquired job stays locked (ISO-8601 such as <c>PT5M</c>, or <c>00:05:00</c>). Built-in default one minute.</summary>
    public TimeSpan? LockDuration { get => Layer.LockDuration; set => Layer.LockDuration = value; }

    /// <summary>The most jobs one acquire asks for. Built-in default 1.</summary>
    public int? NumberOfTasks { get => Layer.NumberOfTasks; set => Layer.NumberOfTasks = value; }

    /// <summary>How often Flowable runs an acquire on an optimistic-locking conflict (at least 1). Built-in default 5.</summary>
    public int? NumberOfRetries { get => Layer.NumberOfRetries; set => Layer.NumberOfRetries = value; }

    /// <summary>The most handlers running at once. Built-in default 1.</summary>
    public int? MaxConcurrency { get => Layer.MaxConcurrency; set => Layer.MaxConcurrency = value; }

    /// <summary>The wait after an acquire found no job (with jitter). Built-in default 30 seconds.</summary>
    public TimeSpan? PollInterval { get => Layer.PollInterval; set => Layer.PollInterval = value; }

    /// <summary>Process jobs, case jobs or both (<c>Any</c>, <c>Bpmn</c>, <c>Cmmn</c>). Built-in default <c>Any</c>.</summary>
    public ScopeType? ScopeType { get => (ScopeType?)Layer.ScopeType; set => Layer.ScopeType = (int?)value; }

    /// <summary>The retries a job keeps when its variables cannot be bound. Built-in default 0 (dead letter at once).</summary>
    public int? BindingFailureRetries { get => Layer.BindingFailureRetries; set => Layer.BindingFailureRetries = value; }

    /// <summary>How often a handler may outlive its job's lock before the job is failed. Built-in default 3.</summary>
    public int? MaxLockOverruns { get => Layer.MaxLockOverruns; set => Layer.MaxLockOverruns = value; }

    /// <summary>The first wait after a failed call to Flowable. Built-in default one second.</summary>
    public TimeSpan? ErrorBackoffInitialDelay { get => Layer.ErrorBackoffInitialDelay; set => Layer.ErrorBackoffInitialDelay = value; }

    /// <summary>The longest wait between failed calls to Flowable. Built-in default one minute.</summary>
    public TimeSpan? ErrorBackoffMaxDelay { get => Layer.ErrorBackoffMaxDelay; set => Layer.ErrorBackoffMaxDelay = value; }
}
