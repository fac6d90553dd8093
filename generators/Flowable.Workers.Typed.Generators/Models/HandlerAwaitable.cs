namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>What the handler's return value is wrapped in.</summary>
internal enum HandlerAwaitable
{
    /// <summary>A synchronous handler.</summary>
    None,

    /// <summary><c>Task</c> or <c>Task&lt;T&gt;</c>.</summary>
    Task,

    /// <summary><c>ValueTask</c> or <c>ValueTask&lt;T&gt;</c>.</summary>
    ValueTask,
}
