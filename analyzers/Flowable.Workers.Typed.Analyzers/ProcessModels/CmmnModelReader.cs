using System.Linq;
using System.Xml.Linq;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using static Flowable.Workers.Typed.Analyzers.ProcessModels.ProcessModelReader;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>The external-worker tasks of a CMMN file's cases (<c>task</c> with <c>flowable:type="external-worker"</c>).</summary>
internal static class CmmnModelReader
{
    public static ProcessModelFile Read(XElement definitions, SourceText text)
    {
        var cmmn = XNamespace.Get(CmmnNamespace);
        var tasks = definitions.Elements(cmmn + "case")
            .SelectMany(@case => @case.Descendants(cmmn + "task")
                .Where(IsExternalWorker)
                .Select(task => Task(task, Attribute(@case, "id") ?? string.Empty, text)))
            .ToImmutableEquatableArray();

        return new ProcessModelFile(tasks, ImmutableEquatableArray<CallActivitySite>.Empty, ImmutableEquatableArray<ErrorDefinition>.Empty, null);
    }

    private static ExternalWorkerTask Task(XElement task, string caseId, SourceText text)
    {
        var topic = FlowableAttribute(task, "topic") ?? string.Empty;
        return new ExternalWorkerTask(
            ModelScope.Cmmn,
            caseId,
            Attribute(task, "id") ?? string.Empty,
            Attribute(task, "name"),
            topic,
            ModelExpressions.IsExpression(topic),
            IsTrue(FlowableAttribute(task, "doNotIncludeVariables")),
            Parameters(task, "externalWorkerInParameter"),
            Parameters(task, "externalWorkerOutParameter"),
            ErrorCatch.None,
            ElementSpan(task, text));
    }
}
