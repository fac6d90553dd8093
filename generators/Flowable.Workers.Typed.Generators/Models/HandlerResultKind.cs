namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>How the handler's (awaited) return value becomes the job's outcome.</summary>
internal enum HandlerResultKind
{
    /// <summary><c>void</c>, <c>Task</c>, <c>ValueTask</c>: complete without variables.</summary>
    Nothing,

    /// <summary>A record or class: complete with its properties as variables.</summary>
    Output,

    /// <summary><c>WorkerResult</c>: exactly that outcome.</summary>
    WorkerResult,
}
