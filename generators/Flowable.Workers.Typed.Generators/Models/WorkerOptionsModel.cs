namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>The options set on the worker's attribute; null where the attribute left an option unset.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="LockDurationTicks">The lock duration, parsed from ISO-8601 at compile time.</param>
/// <param name="PollIntervalTicks">The idle poll interval, parsed from ISO-8601 at compile time.</param>
/// <param name="NumberOfTasks">Jobs per acquire.</param>
/// <param name="NumberOfRetries">Acquire retries.</param>
/// <param name="MaxConcurrency">Concurrent jobs.</param>
/// <param name="ScopeType">The <c>ScopeType</c> member name.</param>
internal sealed record WorkerOptionsModel(
    string Topic,
    long? LockDurationTicks,
    long? PollIntervalTicks,
    int? NumberOfTasks,
    int? NumberOfRetries,
    int? MaxConcurrency,
    string? ScopeType);
