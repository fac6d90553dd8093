using System.Collections.Generic;
using System.Xml;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Flowable.Workers.Typed.Shared;
using static Flowable.Workers.Typed.Analyzers.ProcessModels.ProcessModelReader;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>An external-worker task (BPMN <c>serviceTask</c> or CMMN <c>task</c>) while its element is being read.</summary>
internal sealed class ExternalWorkerTaskBuilder
{
    private readonly string? id;
    private readonly string? name;
    private readonly string topic;
    private readonly bool doNotIncludeVariables;
    private readonly ModelSpan span;
    private readonly List<ModelParameter> inParameters = [];
    private readonly List<ModelParameter> outParameters = [];

    /// <summary>Starts the task at its start tag, where <paramref name="reader"/> is.</summary>
    public ExternalWorkerTaskBuilder(XmlReader reader, ModelSpan span)
    {
        this.span = span;
        id = reader.GetAttribute("id");
        name = reader.GetAttribute("name");
        topic = FlowableAttribute(reader, "topic") ?? string.Empty;
        doNotIncludeVariables = IsTrue(FlowableAttribute(reader, "doNotIncludeVariables"));
    }

    public string? Id => id;

    /// <summary>
    /// Takes a <c>flowable:externalWorkerInParameter</c> or <c>externalWorkerOutParameter</c> found in the task's
    /// <c>extensionElements</c>; ignores any other element.
    /// </summary>
    public void AddIfParameter(XmlReader reader)
    {
        if (!IsFlowableNamespace(reader.NamespaceURI))
        {
            return;
        }

        var parameters = reader.LocalName switch
        {
            "externalWorkerInParameter" => inParameters,
            "externalWorkerOutParameter" => outParameters,
            _ => null,
        };
        parameters?.Add(new ModelParameter(reader.GetAttribute("source"), reader.GetAttribute("sourceExpression"), reader.GetAttribute("target") ?? string.Empty));
    }

    public ExternalWorkerTask Build(ModelScope scope, string containerId, ErrorCatch errorCatch) =>
        new(
            scope,
            containerId,
            id ?? string.Empty,
            name,
            topic,
            ModelExpressions.IsExpression(topic),
            doNotIncludeVariables,
            inParameters.ToImmutableEquatableArray(),
            outParameters.ToImmutableEquatableArray(),
            errorCatch,
            span);
}
