namespace Flowable.Workers.Typed.Testing;

/// <summary>
/// What an external worker job to create looks like. Start from <see cref="Bpmn"/> or <see cref="Cmmn"/> and adjust
/// with <c>with { ... }</c>; ids left <see langword="null"/> are generated in the style of Flowable Work
/// (<c>JOB-…</c>, <c>PRC-…</c>, <c>CAS-…</c>).
/// </summary>
public sealed record EmulatorJobDefinition
{
    /// <summary>Creates a definition of a job on <paramref name="topic"/> in the given scope.</summary>
    /// <param name="topic">The topic workers acquire by.</param>
    /// <param name="scopeType"><see langword="null"/> for a BPMN job, <c>cmmn</c> for a CMMN job, anything else for a job of another scope.</param>
    public EmulatorJobDefinition(string topic, string? scopeType)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        Topic = topic;
        ScopeType = scopeType;
    }

    /// <summary>A job of a BPMN external worker task (it belongs to a process instance).</summary>
    public static EmulatorJobDefinition Bpmn(string topic, params EmulatorVariable[] variables) =>
        new(topic, null) { Variables = variables };

    /// <summary>A job of a CMMN external worker task (scope type <c>cmmn</c>).</summary>
    public static EmulatorJobDefinition Cmmn(string topic, params EmulatorVariable[] variables) =>
        new(topic, "cmmn") { Variables = variables };

    /// <summary>The topic workers acquire by (exact match).</summary>
    public string Topic { get; }

    /// <summary><see langword="null"/> for BPMN jobs, <c>cmmn</c> for CMMN jobs.</summary>
    public string? ScopeType { get; }

    /// <summary>Whether the job belongs to a process instance.</summary>
    public bool IsBpmn => ScopeType is null;

    /// <summary>The job id; generated when <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>The correlation id; generated when <see langword="null"/>.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The activity or plan item definition id.</summary>
    public string ElementId { get; init; } = "externalWorkerTask";

    /// <summary>The activity or plan item name.</summary>
    public string? ElementName { get; init; } = "External Worker Task";

    /// <summary>The tenant; <c>""</c> (no tenant) by default, as Flowable writes it.</summary>
    public string? TenantId { get; init; } = string.Empty;

    /// <summary>The starting retries; the emulator's <see cref="FlowableEmulatorOptions.InitialJobRetries"/> when <see langword="null"/>.</summary>
    public int? Retries { get; init; }

    /// <summary>The due date (null in practice for external worker jobs).</summary>
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>The process instance id of a BPMN job; set this on several jobs to put them in one instance.</summary>
    public string? ProcessInstanceId { get; init; }

    /// <summary>The process definition id of a BPMN job.</summary>
    public string? ProcessDefinitionId { get; init; }

    /// <summary>The execution id of a BPMN job.</summary>
    public string? ExecutionId { get; init; }

    /// <summary>The case (or other scope) instance id of a non-BPMN job.</summary>
    public string? ScopeId { get; init; }

    /// <summary>The plan item instance id of a non-BPMN job.</summary>
    public string? SubScopeId { get; init; }

    /// <summary>The case (or other scope) definition id of a non-BPMN job.</summary>
    public string? ScopeDefinitionId { get; init; }

    /// <summary>The variables handed to the worker on acquire.</summary>
    public IReadOnlyList<EmulatorVariable> Variables { get; init; } = [];
}
