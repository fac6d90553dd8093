namespace Flowable.Workers.Typed.Testing;

/// <summary>A snapshot of one job as the emulator holds it, including what the REST API no longer shows.</summary>
public sealed record EmulatorJobState
{
    /// <summary>The job id.</summary>
    public required string Id { get; init; }

    /// <summary>The topic.</summary>
    public required string Topic { get; init; }

    /// <summary>The correlation id.</summary>
    public required string CorrelationId { get; init; }

    /// <summary>The process instance id (BPMN jobs).</summary>
    public string? ProcessInstanceId { get; init; }

    /// <summary>The process definition id (BPMN jobs).</summary>
    public string? ProcessDefinitionId { get; init; }

    /// <summary>The execution id (BPMN jobs).</summary>
    public string? ExecutionId { get; init; }

    /// <summary>The case instance id (CMMN jobs).</summary>
    public string? ScopeId { get; init; }

    /// <summary>The plan item instance id (CMMN jobs).</summary>
    public string? SubScopeId { get; init; }

    /// <summary>The case definition id (CMMN jobs).</summary>
    public string? ScopeDefinitionId { get; init; }

    /// <summary><see langword="null"/> for BPMN jobs, <c>cmmn</c> for CMMN jobs.</summary>
    public string? ScopeType { get; init; }

    /// <summary>The activity or plan item definition id.</summary>
    public required string ElementId { get; init; }

    /// <summary>The activity or plan item name.</summary>
    public string? ElementName { get; init; }

    /// <summary>The tenant (<c>""</c> for none).</summary>
    public string? TenantId { get; init; }

    /// <summary>The remaining retries.</summary>
    public int Retries { get; init; }

    /// <summary>The last failure's <c>errorMessage</c>.</summary>
    public string? ExceptionMessage { get; init; }

    /// <summary>The last failure's <c>errorDetails</c> (the server never shows them through this API).</summary>
    public string? ErrorDetails { get; init; }

    /// <summary>The due date.</summary>
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>When the job was created (milliseconds).</summary>
    public DateTimeOffset CreateTime { get; init; }

    /// <summary>The worker holding the lock; <see langword="null"/> when not locked.</summary>
    public string? LockOwner { get; init; }

    /// <summary>When the lock expires, or when a failed job's retry timeout ends.</summary>
    public DateTimeOffset? LockExpirationTime { get; init; }

    /// <summary>The variables handed to workers on acquire.</summary>
    public IReadOnlyList<EmulatorVariable> Variables { get; init; } = [];

    /// <summary>Whether a failure without retries moved the job to the dead-letter table.</summary>
    public bool IsDeadLettered => Outcome?.Kind == EmulatorOutcomeKind.DeadLettered;

    /// <summary>How the job left the API; <see langword="null"/> while it is still an external worker job.</summary>
    public EmulatorJobOutcome? Outcome { get; init; }

    /// <summary>Whether the job is still served by the API (no outcome yet).</summary>
    public bool IsActive => Outcome is null;

    /// <summary>Everything that happened to the job, oldest first.</summary>
    public IReadOnlyList<EmulatorJobEvent> History { get; init; } = [];

    internal bool IsBpmn => ProcessInstanceId is not null;

    internal bool IsCmmn => string.Equals(ScopeType, "cmmn", StringComparison.Ordinal);
}
