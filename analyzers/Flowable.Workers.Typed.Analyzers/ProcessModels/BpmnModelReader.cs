using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Xml;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using static Flowable.Workers.Typed.Analyzers.ProcessModels.ProcessModelReader;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// The external-worker service tasks of a BPMN file's processes, each with the errors caught around it, and the call
/// activities an uncaught error travels on to. Read in one pass: what catches an error (boundary events, event
/// sub-processes, <c>error</c> elements) may come after the task, so the catches are worked out at the end.
/// </summary>
internal static class BpmnModelReader
{
    public static ProcessModelFile Read(XmlReader definitions, SourceText text, CancellationToken cancellationToken)
    {
        var scan = new Scan(text);
        ElementWalk.Run(definitions, Frame.Definitions, scan.Enter, cancellationToken);
        return scan.Build();
    }

    private enum Role
    {
        Other,
        Definitions,
        Scope,
        Task,
        TaskExtensions,
        CatchEvent,
    }

    /// <summary>An open element: what it is to the reader, and what it belongs to.</summary>
    private sealed class Frame(Role role, Frame? parent, ProcessScan? process, string? id)
    {
        public static Frame Definitions { get; } = new(Role.Definitions, null, null, null);

        public Role Role { get; } = role;

        public Frame? Parent { get; } = parent;

        /// <summary>The top-level process the element is in; null outside any.</summary>
        public ProcessScan? Process { get; } = process;

        public string? Id { get; } = id;

        /// <summary>For a scope: it is a <c>process</c> element (whose own boundary events do not exist).</summary>
        public bool IsProcessElement { get; init; }

        /// <summary>For a <c>subProcess</c> with <c>triggeredByEvent="true"</c>: the id of the scope its start events catch in.</summary>
        public string? EventSubProcessScope { get; init; }

        public ExternalWorkerTaskBuilder? Task { get; init; }

        public CatchEvent? Catch { get; init; }

        /// <summary>The scopes around this element's children, innermost first.</summary>
        public List<Frame> Scopes()
        {
            var scopes = new List<Frame>();
            for (var frame = this; frame is not null; frame = frame.Parent)
            {
                if (frame.Role == Role.Scope)
                {
                    scopes.Add(frame);
                }
            }

            return scopes;
        }
    }

    /// <summary>A boundary event, or a start event of an event sub-process, until its first error definition.</summary>
    private sealed class CatchEvent(Dictionary<string, List<string?>> codes, string key)
    {
        private bool seen;

        public void Add(string? errorRef)
        {
            if (seen)
            {
                return;
            }

            seen = true;
            if (!codes.TryGetValue(key, out var list))
            {
                codes[key] = list = [];
            }

            list.Add(string.IsNullOrEmpty(errorRef) ? null : errorRef);
        }
    }

    /// <summary>An activity an error is thrown at (an external-worker task or a call activity), and the scopes around it.</summary>
    private sealed record Activity(string? Id, List<Frame> Scopes);

    private sealed class ProcessScan(string id)
    {
        public string Id { get; } = id;

        /// <summary>The <c>errorRef</c>s (null: every error) of error boundary events, by the activity they are attached to.</summary>
        public Dictionary<string, List<string?>> BoundaryErrors { get; } = [];

        /// <summary>The <c>errorRef</c>s of error start events of event sub-processes, by the scope holding the event sub-process.</summary>
        public Dictionary<string, List<string?>> EventSubProcessErrors { get; } = [];

        public List<(ExternalWorkerTaskBuilder Task, Activity Activity)> Tasks { get; } = [];

        public List<(string CalledElement, Activity Activity)> CallActivities { get; } = [];
    }

    private sealed class Scan(SourceText text)
    {
        private static readonly HashSet<string> ScopeElements = ["process", "subProcess", "transaction", "adHocSubProcess"];

        private readonly List<ErrorDefinition> errors = [];
        private readonly List<ProcessScan> processes = [];

        public Frame Enter(XmlReader reader, Frame parent)
        {
            if (parent.Role == Role.TaskExtensions)
            {
                parent.Task!.AddIfParameter(reader);
                return new Frame(Role.Other, parent, parent.Process, null);
            }

            if (reader.NamespaceURI != BpmnNamespace)
            {
                return reader.LocalName == "extensionElements" && parent.Role == Role.Task
                    ? new Frame(Role.TaskExtensions, parent, parent.Process, null) { Task = parent.Task }
                    : new Frame(Role.Other, parent, parent.Process, null);
            }

            var name = reader.LocalName;
            var id = reader.GetAttribute("id");
            if (parent.Role == Role.Definitions)
            {
                return TopLevel(reader, parent, name, id);
            }

            if (parent.Process is not { } process)
            {
                return new Frame(Role.Other, parent, null, id);
            }

            switch (name)
            {
                case "serviceTask" when IsExternalWorker(reader):
                    var task = new ExternalWorkerTaskBuilder(reader, ElementSpan(reader, text));
                    process.Tasks.Add((task, new Activity(id, parent.Scopes())));
                    return new Frame(Role.Task, parent, process, id) { Task = task };
                case "extensionElements" when parent.Role == Role.Task:
                    return new Frame(Role.TaskExtensions, parent, process, id) { Task = parent.Task };
                case "callActivity":
                    if (reader.GetAttribute("calledElement") is { Length: > 0 } called && !ModelExpressions.IsExpression(called))
                    {
                        process.CallActivities.Add((called, new Activity(id, parent.Scopes())));
                    }

                    return new Frame(Role.Other, parent, process, id);
                case "boundaryEvent" when reader.GetAttribute("attachedToRef") is { Length: > 0 } attachedTo:
                    return new Frame(Role.CatchEvent, parent, process, id) { Catch = new CatchEvent(process.BoundaryErrors, attachedTo) };
                case "startEvent" when parent.EventSubProcessScope is { } scope:
                    return new Frame(Role.CatchEvent, parent, process, id) { Catch = new CatchEvent(process.EventSubProcessErrors, scope) };
                case "errorEventDefinition" when parent.Catch is { } catchEvent:
                    catchEvent.Add(reader.GetAttribute("errorRef"));
                    return new Frame(Role.Other, parent, process, id);
                default:
                    return ScopeElements.Contains(name)
                        ? new Frame(Role.Scope, parent, process, id)
                        {
                            IsProcessElement = name == "process",
                            EventSubProcessScope = name == "subProcess" && IsTrue(reader.GetAttribute("triggeredByEvent")) ? parent.Id ?? string.Empty : null,
                        }
                        : new Frame(Role.Other, parent, process, id);
            }
        }

        public ProcessModelFile Build()
        {
            var file = new ProcessModelFile(ImmutableEquatableArray<ExternalWorkerTask>.Empty, ImmutableEquatableArray<CallActivitySite>.Empty, errors.ToImmutableEquatableArray(), null);
            var tasks = new List<ExternalWorkerTask>();
            var callActivities = new List<CallActivitySite>();
            foreach (var process in processes)
            {
                tasks.AddRange(process.Tasks.Select(t => t.Task.Build(ModelScope.Bpmn, process.Id, Around(t.Activity, process, file))));
                callActivities.AddRange(process.CallActivities.Select(c => new CallActivitySite(process.Id, c.CalledElement, Around(c.Activity, process, file))));
            }

            return file with { Tasks = tasks.ToImmutableEquatableArray(), CallActivities = callActivities.ToImmutableEquatableArray() };
        }

        private Frame TopLevel(XmlReader reader, Frame definitions, string name, string? id)
        {
            if (name == "error" && !string.IsNullOrEmpty(id))
            {
                errors.Add(new ErrorDefinition(id!, reader.GetAttribute("errorCode") is { Length: > 0 } code ? code : id!));
            }

            if (name != "process")
            {
                return new Frame(Role.Other, definitions, null, id);
            }

            var process = new ProcessScan(id ?? string.Empty);
            processes.Add(process);
            return new Frame(Role.Scope, definitions, process, id) { IsProcessElement = true };
        }

        /// <summary>What catches an error thrown at <paramref name="activity"/>, looking outwards to the process.</summary>
        private static ErrorCatch Around(Activity activity, ProcessScan process, ProcessModelFile file)
        {
            var codes = new List<string?>();
            Collect(process.BoundaryErrors, activity.Id, file, codes);
            foreach (var scope in activity.Scopes)
            {
                Collect(process.EventSubProcessErrors, scope.Id, file, codes);
                if (!scope.IsProcessElement)
                {
                    Collect(process.BoundaryErrors, scope.Id, file, codes);
                }
            }

            return codes.Count == 0
                ? ErrorCatch.None
                : new ErrorCatch(codes.Any(c => c is null), codes.Where(c => c is not null).Select(c => c!).Distinct().ToImmutableEquatableArray());
        }

        /// <summary>Adds the codes caught for <paramref name="key"/>, each <c>errorRef</c> resolved through the file's errors.</summary>
        private static void Collect(Dictionary<string, List<string?>> map, string? key, ProcessModelFile file, List<string?> codes)
        {
            if (key is not null && map.TryGetValue(key, out var found))
            {
                codes.AddRange(found.Select(errorRef => errorRef is null ? null : file.ResolveErrorCode(errorRef)));
            }
        }
    }
}
