using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Xml.Linq;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using static Flowable.Workers.Typed.Analyzers.ProcessModels.ProcessModelReader;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// The external-worker service tasks of a BPMN file's processes, each with the errors caught around it, and the call
/// activities an uncaught error travels on to.
/// </summary>
internal static class BpmnModelReader
{
    private static readonly XNamespace Bpmn = XNamespace.Get(BpmnNamespace);

    private static readonly HashSet<string> ScopeElements = ["process", "subProcess", "transaction", "adHocSubProcess"];

    public static ProcessModelFile Read(XElement definitions, SourceText text, CancellationToken cancellationToken)
    {
        var errors = definitions.Elements(Bpmn + "error")
            .Where(e => !string.IsNullOrEmpty(Attribute(e, "id")))
            .Select(e => new ErrorDefinition(Attribute(e, "id")!, Attribute(e, "errorCode") is { Length: > 0 } code ? code : Attribute(e, "id")!))
            .ToImmutableEquatableArray();
        var file = new ProcessModelFile(ImmutableEquatableArray<ExternalWorkerTask>.Empty, ImmutableEquatableArray<CallActivitySite>.Empty, errors, null);

        var tasks = new List<ExternalWorkerTask>();
        var callActivities = new List<CallActivitySite>();
        foreach (var process in definitions.Elements(Bpmn + "process"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var processId = Attribute(process, "id") ?? string.Empty;
            var catches = new ProcessCatches(process, file);

            tasks.AddRange(process.Descendants(Bpmn + "serviceTask")
                .Where(IsExternalWorker)
                .Select(task => Task(task, processId, catches.Around(task), text)));

            callActivities.AddRange(process.Descendants(Bpmn + "callActivity")
                .Where(call => Attribute(call, "calledElement") is { Length: > 0 } called && !ModelExpressions.IsExpression(called))
                .Select(call => new CallActivitySite(processId, Attribute(call, "calledElement")!, catches.Around(call))));
        }

        return file with { Tasks = tasks.ToImmutableEquatableArray(), CallActivities = callActivities.ToImmutableEquatableArray() };
    }

    private static ExternalWorkerTask Task(XElement task, string processId, ErrorCatch errorCatch, SourceText text)
    {
        var topic = FlowableAttribute(task, "topic") ?? string.Empty;
        return new ExternalWorkerTask(
            ModelScope.Bpmn,
            processId,
            Attribute(task, "id") ?? string.Empty,
            Attribute(task, "name"),
            topic,
            ModelExpressions.IsExpression(topic),
            IsTrue(FlowableAttribute(task, "doNotIncludeVariables")),
            Parameters(task, "externalWorkerInParameter"),
            Parameters(task, "externalWorkerOutParameter"),
            errorCatch,
            ElementSpan(task, text));
    }

    /// <summary>The error-catching events of one process: boundary events by the activity they are attached to, and
    /// error start events of event sub-processes by the scope that holds the event sub-process.</summary>
    private sealed class ProcessCatches
    {
        private readonly Dictionary<string, List<string?>> boundaryCodes = [];
        private readonly Dictionary<string, List<string?>> eventSubProcessCodes = [];

        public ProcessCatches(XElement process, ProcessModelFile file)
        {
            foreach (var boundary in process.Descendants(Bpmn + "boundaryEvent"))
            {
                if (Attribute(boundary, "attachedToRef") is { Length: > 0 } attachedTo && ErrorDefinitionOf(boundary) is { } definition)
                {
                    Add(boundaryCodes, attachedTo, Resolve(definition, file));
                }
            }

            foreach (var eventSubProcess in process.Descendants(Bpmn + "subProcess").Where(s => IsTrue(Attribute(s, "triggeredByEvent"))))
            {
                var scopeId = Attribute(eventSubProcess.Parent!, "id") ?? string.Empty;
                foreach (var start in eventSubProcess.Elements(Bpmn + "startEvent"))
                {
                    if (ErrorDefinitionOf(start) is { } definition)
                    {
                        Add(eventSubProcessCodes, scopeId, Resolve(definition, file));
                    }
                }
            }
        }

        /// <summary>What catches an error thrown at <paramref name="activity"/>, looking outwards to the process.</summary>
        public ErrorCatch Around(XElement activity)
        {
            var codes = new List<string?>();
            Collect(boundaryCodes, Attribute(activity, "id"), codes);
            foreach (var scope in activity.Ancestors().Where(a => a.Name.Namespace == Bpmn && ScopeElements.Contains(a.Name.LocalName)))
            {
                var scopeId = Attribute(scope, "id");
                Collect(eventSubProcessCodes, scopeId, codes);
                if (scope.Name.LocalName != "process")
                {
                    Collect(boundaryCodes, scopeId, codes);
                }
            }

            return codes.Count == 0
                ? ErrorCatch.None
                : new ErrorCatch(codes.Any(c => c is null), codes.Where(c => c is not null).Select(c => c!).Distinct().ToImmutableEquatableArray());
        }

        private static XElement? ErrorDefinitionOf(XElement catchEvent) => catchEvent.Element(Bpmn + "errorEventDefinition");

        /// <summary>The code the event catches, null for every code (no or an empty <c>errorRef</c>).</summary>
        private static string? Resolve(XElement definition, ProcessModelFile file) =>
            Attribute(definition, "errorRef") is { Length: > 0 } errorRef ? file.ResolveErrorCode(errorRef) : null;

        private static void Add(Dictionary<string, List<string?>> map, string key, string? code)
        {
            if (!map.TryGetValue(key, out var codes))
            {
                map[key] = codes = [];
            }

            codes.Add(code);
        }

        private static void Collect(Dictionary<string, List<string?>> map, string? key, List<string?> codes)
        {
            if (key is not null && map.TryGetValue(key, out var found))
            {
                codes.AddRange(found);
            }
        }
    }
}
