using Refit;

namespace Flowable.Workers.Typed.Rest;

/// <summary>
/// The filters and paging of <c>GET /jobs</c>. Unset properties are not sent; every filter is an exact match unless
/// its name says otherwise, and a flag only acts when <see langword="true"/>.
/// </summary>
public sealed record ExternalWorkerJobQuery
{
    /// <summary>The job id.</summary>
    [AliasAs("id")]
    public string? Id { get; init; }

    /// <summary>Jobs of this process instance.</summary>
    [AliasAs("processInstanceId")]
    public string? ProcessInstanceId { get; init; }

    /// <summary>Only jobs without a process instance, i.e. CMMN jobs (Flowable 6.7.1+).</summary>
    [AliasAs("withoutProcessInstanceId")]
    public bool? WithoutProcessInstanceId { get; init; }

    /// <summary>Jobs of this execution.</summary>
    [AliasAs("executionId")]
    public string? ExecutionId { get; init; }

    /// <summary>Jobs of this process definition.</summary>
    [AliasAs("processDefinitionId")]
    public string? ProcessDefinitionId { get; init; }

    /// <summary>Jobs of this case instance.</summary>
    [AliasAs("scopeId")]
    public string? ScopeId { get; init; }

    /// <summary>Only jobs without a scope id, i.e. BPMN jobs (Flowable 6.7.1+).</summary>
    [AliasAs("withoutScopeId")]
    public bool? WithoutScopeId { get; init; }

    /// <summary>Jobs of this plan item instance.</summary>
    [AliasAs("subScopeId")]
    public string? SubScopeId { get; init; }

    /// <summary>Jobs of this case definition.</summary>
    [AliasAs("scopeDefinitionId")]
    public string? ScopeDefinitionId { get; init; }

    /// <summary>
    /// Jobs with this scope type, e.g. <c>cmmn</c>. BPMN jobs have no scope type: use
    /// <see cref="WithoutScopeType"/> to find them.
    /// </summary>
    [AliasAs("scopeType")]
    public string? ScopeType { get; init; }

    /// <summary>Only jobs without a scope type, i.e. BPMN jobs (Flowable 6.7.0+).</summary>
    [AliasAs("withoutScopeType")]
    public bool? WithoutScopeType { get; init; }

    /// <summary>Jobs of the activity or plan item with this model id.</summary>
    [AliasAs("elementId")]
    public string? ElementId { get; init; }

    /// <summary>Jobs of the activity or plan item with this name.</summary>
    [AliasAs("elementName")]
    public string? ElementName { get; init; }

    /// <summary>Only jobs that have failed (with an exception message or details).</summary>
    [AliasAs("withException")]
    public bool? WithException { get; init; }

    /// <summary>Jobs whose last failure message is exactly this.</summary>
    [AliasAs("exceptionMessage")]
    public string? ExceptionMessage { get; init; }

    /// <summary>Jobs of this tenant.</summary>
    [AliasAs("tenantId")]
    public string? TenantId { get; init; }

    /// <summary>Jobs whose tenant matches this SQL <c>LIKE</c> pattern (<c>%</c> as wildcard).</summary>
    [AliasAs("tenantIdLike")]
    public string? TenantIdLike { get; init; }

    /// <summary>Only jobs without a tenant.</summary>
    [AliasAs("withoutTenantId")]
    public bool? WithoutTenantId { get; init; }

    /// <summary>Only locked jobs (including failed jobs waiting out a retry timeout).</summary>
    [AliasAs("locked")]
    public bool? Locked { get; init; }

    /// <summary>Only unlocked jobs.</summary>
    [AliasAs("unlocked")]
    public bool? Unlocked { get; init; }

    /// <summary>The index of the first job to return (default 0).</summary>
    [AliasAs("start")]
    public int? Start { get; init; }

    /// <summary>The page size (default 10).</summary>
    [AliasAs("size")]
    public int? Size { get; init; }

    /// <summary>
    /// The sort property: <c>id</c> (default), <c>dueDate</c>, <c>createTime</c>, <c>executionId</c>,
    /// <c>processInstanceId</c>, <c>retries</c> or <c>tenantId</c>.
    /// </summary>
    [AliasAs("sort")]
    public string? Sort { get; init; }

    /// <summary>The sort order: <c>asc</c> (default) or <c>desc</c>.</summary>
    [AliasAs("order")]
    public string? Order { get; init; }
}
