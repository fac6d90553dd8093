namespace Flowable.Workers.Typed.Shared;

/// <summary>What kind of value a worker option holds.</summary>
internal enum WorkerOptionKind
{
    /// <summary>A whole number.</summary>
    Count,

    /// <summary>A duration: a <c>TimeSpan</c> at run time, ISO-8601 text on the attribute and in configuration.</summary>
    Duration,

    /// <summary>A member of <c>ScopeType</c> (<c>Any</c>, <c>Bpmn</c>, <c>Cmmn</c>), held as its number.</summary>
    ScopeType,
}
