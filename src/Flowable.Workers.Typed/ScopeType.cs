namespace Flowable.Workers.Typed;

/// <summary>Which kind of engine scope a worker acquires jobs from.</summary>
public enum ScopeType
{
    /// <summary>Jobs of process instances and case instances alike (no <c>scopeType</c> filter is sent).</summary>
    Any = 0,

    /// <summary>Jobs of BPMN process instances only (<c>"bpmn"</c>).</summary>
    Bpmn = 1,

    /// <summary>Jobs of CMMN case instances only (<c>"cmmn"</c>).</summary>
    Cmmn = 2,
}
