namespace Flowable.Workers.Typed.Benchmarks.Generator;

/// <summary>How a measured build has its process models.</summary>
public enum ModelState
{
    /// <summary>No <c>FlowableModel</c> item.</summary>
    None,

    /// <summary>Every model parsed from scratch, as in a first or full build.</summary>
    Parsed,

    /// <summary>Every model found in the cache, as after a C# edit.</summary>
    Cached,
}
