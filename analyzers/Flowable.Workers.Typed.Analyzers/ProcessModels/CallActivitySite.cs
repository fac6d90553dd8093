namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// A BPMN <c>callActivity</c> with a literal <c>calledElement</c>: an error not caught in the called process goes on to
/// the calling one (Flowable's <c>ErrorPropagation</c> walks up to the super execution).
/// </summary>
/// <param name="ProcessId">The process holding the call activity.</param>
/// <param name="CalledElement">The key of the process it starts.</param>
/// <param name="Catch">The errors caught around the call activity.</param>
internal sealed record CallActivitySite(string ProcessId, string CalledElement, ErrorCatch Catch);
