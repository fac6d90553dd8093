using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Xml;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using static Flowable.Workers.Typed.Analyzers.ProcessModels.ProcessModelReader;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>The external-worker tasks of a CMMN file's cases (<c>task</c> with <c>flowable:type="external-worker"</c>).</summary>
internal static class CmmnModelReader
{
    public static ProcessModelFile Read(XmlReader definitions, SourceText text, CancellationToken cancellationToken)
    {
        var tasks = new List<(ExternalWorkerTaskBuilder Task, string CaseId)>();
        ElementWalk.Run(definitions, Frame.Definitions, (reader, parent) => Enter(reader, parent, text, tasks), cancellationToken);
        return new ProcessModelFile(
            tasks.Select(t => t.Task.Build(ModelScope.Cmmn, t.CaseId, ErrorCatch.None)).ToImmutableEquatableArray(),
            ImmutableEquatableArray<CallActivitySite>.Empty,
            ImmutableEquatableArray<ErrorDefinition>.Empty,
            null);
    }

    private static Frame Enter(XmlReader reader, Frame parent, SourceText text, List<(ExternalWorkerTaskBuilder Task, string CaseId)> tasks)
    {
        if (parent.Extensions is { } extended)
        {
            extended.AddIfParameter(reader);
            return new Frame(parent.CaseId);
        }

        var isCmmn = reader.NamespaceURI == CmmnNamespace;
        if (parent.IsDefinitions)
        {
            return new Frame(isCmmn && reader.LocalName == "case" ? reader.GetAttribute("id") ?? string.Empty : null);
        }

        if (parent.CaseId is not { } caseId)
        {
            return new Frame(null);
        }

        if (isCmmn && reader.LocalName == "task" && IsExternalWorker(reader))
        {
            var task = new ExternalWorkerTaskBuilder(reader, ElementSpan(reader, text));
            tasks.Add((task, caseId));
            return new Frame(caseId) { Task = task };
        }

        return new Frame(caseId) { Extensions = reader.LocalName == "extensionElements" ? parent.Task : null };
    }

    /// <summary>An open element: the case it is in (null outside any), and the task it is or whose extensions it holds.</summary>
    private sealed class Frame(string? caseId)
    {
        public static Frame Definitions { get; } = new(null) { IsDefinitions = true };

        public string? CaseId { get; } = caseId;

        public bool IsDefinitions { get; private init; }

        public ExternalWorkerTaskBuilder? Task { get; init; }

        /// <summary>For the <c>extensionElements</c> of a task: that task, whose parameters are its children.</summary>
        public ExternalWorkerTaskBuilder? Extensions { get; init; }
    }
}
