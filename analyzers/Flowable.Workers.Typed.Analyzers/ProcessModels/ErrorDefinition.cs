namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>A BPMN <c>error</c> element: <c>errorRef</c>s naming its id mean its code.</summary>
/// <param name="Id">The element's id.</param>
/// <param name="Code">Its <c>errorCode</c>.</param>
internal sealed record ErrorDefinition(string Id, string Code);
