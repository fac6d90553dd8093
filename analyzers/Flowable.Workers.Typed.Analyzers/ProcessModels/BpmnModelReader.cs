using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Xml;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Flowable.Workers.Typed.Shared;
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
        ElementWalk.Run(definitions, new Frame(Role.Definitions, null, null, null), scan.Enter, cancellationToken);
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

    /// <summary>
    /// An open element: what it is to the reader, and what it belongs to. Elements that are nothing to the reader
    /// (sequence flows, end events, parameters...) share one frame per parent.
    /// </summary>
    private sealed class Frame(Role role, Frame? outerScope, ProcessScan? process, string? id)
    {
        private Frame? plainChild;

        public Role Role { get; } = role;

        /// <summary>The innermost scope around the element; null outside any.</summary>
        public Frame? OuterScope { get; } = outerScope;

        /// <summary>The top-level process the element is in; null outside any.</summary>
        public ProcessScan? Process { get; } = process;

        /// <summary>The element's id, read for the elements whose id matters: scopes and external-worker tasks.</summary>
        public string? Id { get; } = id;

        /// <summary>For a scope: it is a <c>process</c> element (whose own boundary events do not exist).</summary>
        public bool IsProcessElement { get; init; }

        /// <summary>For a <c>subProcess</c> with <c>triggeredByEvent="true"</c>: the id of the scope its start events catch in.</summary>
        public string? EventSubProcessScope { get; init; }

        public ExternalWorkerTaskBuilder? Task { get; init; }

        public CatchEvent? Catch { get; init; }

        /// <summary>The innermost scope around the element's children: itself when it is one.</summary>
        public Frame? ChildScope => Role == Role.Scope ? this : OuterScope;

        /// <summary>The frame of a child that is nothing to the reader.</summary>
        public Frame PlainChild => plainChild ??= new Frame(Role.Other, ChildScope, Process, null);

        /// <summary>The scopes around the element's children, innermost first.</summary>
        public List<Frame> Scopes()
        {
            var scopes = new List<Frame>();
            for (var scope = ChildScope; scope is not null; scope = scope.OuterScope)
            {
                scopes.Add(scope);
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
                return parent.PlainChild;
            }

            var name = reader.LocalName;
            if (reader.NamespaceURI != BpmnNamespace)
            {
                return name == "extensionElements" && parent.Role == Role.Task ? Extensions(parent) : parent.PlainChild;
            }

            if (parent.Role == Role.Definitions)
            {
                return TopLevel(reader, parent, name);
            }

            if (parent.Process is not { } process)
            {
                return parent.PlainChild;
            }

            switch (name)
            {
                case "serviceTask" when IsExternalWorker(reader):
                    var task = new ExternalWorkerTaskBuilder(reader, ElementSpan(reader, text));
                    process.Tasks.Add((task, new Activity(task.Id, parent.Scopes())));
                    return new Frame(Role.Task, parent.ChildScope, process, task.Id) { Task = task };
                case "extensionElements" when parent.Role == Role.Task:
                    return Extensions(parent);
                case "callActivity" when reader.GetAttribute("calledElement") is { Length: > 0 } called && !ModelExpressions.IsExpression(called):
                    process.CallActivities.Add((called, new Activity(reader.GetAttribute("id"), parent.Scopes())));
                    return parent.PlainChild;
                case "boundaryEvent" when reader.GetAttribute("attachedToRef") is { Length: > 0 } attachedTo:
                    return new Frame(Role.CatchEvent, parent.ChildScope, process, null) { Catch = new CatchEvent(process.BoundaryErrors, attachedTo) };
                case "startEvent" when parent.EventSubProcessScope is { } scope:
                    return new Frame(Role.CatchEvent, parent.ChildScope, process, null) { Catch = new CatchEvent(process.EventSubProcessErrors, scope) };
                case "errorEventDefinition" when parent.Catch is { } catchEvent:
                    catchEvent.Add(reader.GetAttribute("errorRef"));
                    return parent.PlainChild;
                case var scopeName when ScopeElements.Contains(scopeName):
                    return new Frame(Role.Scope, parent.ChildScope, process, reader.GetAttribute("id"))
                    {
                        IsProcessElement = name == "process",
                        EventSubProcessScope = name == "subProcess" && IsTrue(reader.GetAttribute("triggeredByEvent")) ? parent.Id ?? string.Empty : null,
                    };
                default:
                    return parent.PlainChild;
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

        private Frame TopLevel(XmlReader reader, Frame definitions, string name)
        {
            var id = reader.GetAttribute("id");
            if (name == "error" && !string.IsNullOrEmpty(id))
            {
                errors.Add(new ErrorDefinition(id!, reader.GetAttribute("errorCode") is { Length: > 0 } code ? code : id!));
            }

            if (name != "process")
            {
                return definitions.PlainChild;
            }

            var process = new ProcessScan(id ?? string.Empty);
            processes.Add(process);
            return new Frame(Role.Scope, null, process, id) { IsProcessElement = true };
        }

        private static Frame Extensions(Frame task) => new(Role.TaskExtensions, task.ChildScope, task.Process, null) { Task = task.Task };

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
