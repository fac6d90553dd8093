using System.Linq;
using Flowable.Workers.Typed.Generators.Infrastructure;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// The BPMN errors caught around one activity: by error boundary events on it and on its enclosing sub-processes, and by
/// error start events of event sub-processes in its enclosing scopes (Flowable's <c>ErrorPropagation</c>).
/// </summary>
/// <param name="CatchesAll">Some catching event has no error code: it catches every error.</param>
/// <param name="Codes">The error codes caught, each resolved through the file's <c>error</c> elements.</param>
internal sealed record ErrorCatch(bool CatchesAll, ImmutableEquatableArray<string> Codes)
{
    public static ErrorCatch None { get; } = new(false, ImmutableEquatableArray<string>.Empty);

    /// <summary>Whether an error with <paramref name="resolvedCode"/> (already resolved in the same file) is caught.</summary>
    public bool Catches(string resolvedCode) => CatchesAll || Codes.Contains(resolvedCode);
}
