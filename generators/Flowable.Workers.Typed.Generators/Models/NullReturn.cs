namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>What a null from the handler (its awaited return value) means for the job.</summary>
internal enum NullReturn
{
    /// <summary>Nothing to decide: <c>void</c>, <c>Task</c>, a struct, or a <c>WorkerResult</c> in an oblivious context (passed on as returned).</summary>
    Unchecked,

    /// <summary>A nullable return type (<c>T?</c>), or an output class in an oblivious context: complete without variables.</summary>
    Completes,

    /// <summary>A non-nullable reference return type: null is a bug in the handler, and the job fails saying so.</summary>
    Fails,
}
