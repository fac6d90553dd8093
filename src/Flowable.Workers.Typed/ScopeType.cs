using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed;

/// <summary>Which kind of engine scope a worker acquires jobs from.</summary>
public enum ScopeType
{
    /// <summary>Jobs of process instances and case instances alike (no <c>scopeType</c> filter is sent).</summary>
    Any = ScopeTypeNumbers.Any,

    /// <summary>Jobs of BPMN process instances only (<c>"bpmn"</c>).</summary>
    Bpmn = ScopeTypeNumbers.Bpmn,

    /// <summary>Jobs of CMMN case instances only (<c>"cmmn"</c>).</summary>
    Cmmn = ScopeTypeNumbers.Cmmn,
}
