using Flowable.Workers.Typed.Generators.Infrastructure;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>One external-worker task of a model, with what decides which jobs a worker of its topic gets.</summary>
/// <param name="Scope">BPMN or CMMN.</param>
/// <param name="ContainerId">The id of the process or case holding the task.</param>
/// <param name="ElementId">The task's id (the job's <c>elementId</c>).</param>
/// <param name="ElementName">The task's name (the job's <c>elementName</c>).</param>
/// <param name="Topic">The <c>flowable:topic</c> as written.</param>
/// <param name="TopicIsExpression">The topic is an expression, evaluated per job: it may match any worker.</param>
/// <param name="DoNotIncludeVariables"><c>flowable:doNotIncludeVariables="true"</c>.</param>
/// <param name="InParameters">The <c>externalWorkerInParameter</c>s; when any, the job carries only their targets.</param>
/// <param name="OutParameters">The <c>externalWorkerOutParameter</c>s.</param>
/// <param name="Catch">The BPMN errors caught around the task (always none for CMMN).</param>
/// <param name="Span">The task element's name in the file.</param>
internal sealed record ExternalWorkerTask(
    ModelScope Scope,
    string ContainerId,
    string ElementId,
    string? ElementName,
    string Topic,
    bool TopicIsExpression,
    bool DoNotIncludeVariables,
    ImmutableEquatableArray<ModelParameter> InParameters,
    ImmutableEquatableArray<ModelParameter> OutParameters,
    ErrorCatch Catch,
    ModelSpan Span)
{
    /// <summary>"process" or "case", for messages.</summary>
    public string ContainerKind => Scope == ModelScope.Bpmn ? "process" : "case";

    /// <summary>The job carries no variable at all.</summary>
    public bool SendsNoVariables => InParameters.Count == 0 && DoNotIncludeVariables;
}
