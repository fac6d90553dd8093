using System;
using System.Collections.Generic;

namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// Every option a worker has, with its default and bounds: the one list the generator, the analyzers, the client's
/// validation, the host's configuration binding and its check for mistyped keys are made from.
/// </summary>
internal static class WorkerOptions
{
    /// <summary>How long an acquired job stays locked. Default one minute.</summary>
    public static readonly WorkerOption LockDuration = new(
        nameof(LockDuration), WorkerOptionKind.Duration, 1, long.MaxValue, TimeSpan.TicksPerMinute,
        "LockDuration must be positive", onAttribute: true);

    /// <summary>The wait after an acquire found no job; zero polls again at once. Default 30 seconds.</summary>
    public static readonly WorkerOption PollInterval = new(
        nameof(PollInterval), WorkerOptionKind.Duration, 0, long.MaxValue, 30 * TimeSpan.TicksPerSecond,
        "PollInterval must not be negative", onAttribute: true);

    /// <summary>The most jobs one acquire asks for. Default 1.</summary>
    public static readonly WorkerOption NumberOfTasks = new(
        nameof(NumberOfTasks), WorkerOptionKind.Count, 1, int.MaxValue, 1,
        "NumberOfTasks must be at least 1", onAttribute: true);

    /// <summary>
    /// How often Flowable runs one acquire when it collides with another worker (optimistic locking); not the job's
    /// retries. Flowable's acquire loop runs while this is above zero, so 0 acquires nothing, without an error.
    /// Default 5.
    /// </summary>
    public static readonly WorkerOption NumberOfRetries = new(
        nameof(NumberOfRetries), WorkerOptionKind.Count, 1, int.MaxValue, 5,
        "NumberOfRetries must be at least 1: Flowable acquires nothing, without an error, when it is 0", onAttribute: true);

    /// <summary>The most handlers running at once. Default 1.</summary>
    public static readonly WorkerOption MaxConcurrency = new(
        nameof(MaxConcurrency), WorkerOptionKind.Count, 1, int.MaxValue, 1,
        "MaxConcurrency must be at least 1", onAttribute: true);

    /// <summary>Process jobs, case jobs or both (0 Any, 1 Bpmn, 2 Cmmn). Default Any.</summary>
    public static readonly WorkerOption ScopeType = new(
        nameof(ScopeType), WorkerOptionKind.ScopeType, ScopeTypeNumbers.Any, ScopeTypeNumbers.Cmmn, ScopeTypeNumbers.Any,
        "ScopeType must be Any, Bpmn or Cmmn", onAttribute: true);

    /// <summary>The retries a job keeps when its variables cannot be bound (0: it goes to the dead letters). Default 0.</summary>
    public static readonly WorkerOption BindingFailureRetries = new(
        nameof(BindingFailureRetries), WorkerOptionKind.Count, 0, int.MaxValue, 0,
        "BindingFailureRetries must not be negative", onAttribute: true);

    /// <summary>How often a job's handler may outlive its lock in this process before the job is failed. Default 3.</summary>
    public static readonly WorkerOption MaxLockOverruns = new(
        nameof(MaxLockOverruns), WorkerOptionKind.Count, 1, int.MaxValue, 3,
        "MaxLockOverruns must be at least 1", onAttribute: true);

    /// <summary>The first wait after a failed call to Flowable. Default one second.</summary>
    public static readonly WorkerOption ErrorBackoffInitialDelay = new(
        nameof(ErrorBackoffInitialDelay), WorkerOptionKind.Duration, 1, long.MaxValue, TimeSpan.TicksPerSecond,
        "ErrorBackoffInitialDelay must be positive", onAttribute: false);

    /// <summary>The longest wait between failed calls to Flowable; never below the initial delay. Default one minute.</summary>
    public static readonly WorkerOption ErrorBackoffMaxDelay = new(
        nameof(ErrorBackoffMaxDelay), WorkerOptionKind.Duration, 1, long.MaxValue, TimeSpan.TicksPerMinute,
        "ErrorBackoffMaxDelay must be positive", onAttribute: false);

    /// <summary>The sentence for a maximum backoff below the initial one (a rule across two options).</summary>
    public const string BackoffOrder = "ErrorBackoffMaxDelay must not be shorter than ErrorBackoffInitialDelay";

    /// <summary>Every option, in the order they are documented.</summary>
    public static readonly IReadOnlyList<WorkerOption> All =
    [
        LockDuration, PollInterval, NumberOfTasks, NumberOfRetries, MaxConcurrency, ScopeType,
        BindingFailureRetries, MaxLockOverruns, ErrorBackoffInitialDelay, ErrorBackoffMaxDelay,
    ];

    /// <summary>The names of <c>ScopeType</c>'s members, by number.</summary>
    public static readonly IReadOnlyList<string> ScopeTypeNames = ["Any", "Bpmn", "Cmmn"];

    /// <summary>The option named <paramref name="name"/> (ordinal), or null.</summary>
    public static WorkerOption? Find(string? name)
    {
        foreach (var option in All)
        {
            if (string.Equals(option.Name, name, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }
}
