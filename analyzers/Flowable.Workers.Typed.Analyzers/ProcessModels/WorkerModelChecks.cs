using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Flowable.Workers.Typed.Generators.Models;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// Compares one worker with the tasks of its topic: FLW0050 (no such task), FLW0052/0053 (variables the tasks do not
/// send), FLW0054 (outputs the tasks drop), FLW0055 (BPMN errors nothing catches), FLW0056 (scope). The worker is read
/// by the generator's own parser, once per build (<see cref="WorkerParses"/>, shared with the worker analyzer); the
/// exceptions its code throws are collected while its members are analyzed, and those in the handler's body checked.
/// </summary>
internal static class WorkerModelChecks
{
    public static void Start(SymbolStartAnalysisContext context, ProcessModelSet models, INamedTypeSymbol attributeType, ConcurrentDictionary<string, byte> workerTopics)
    {
        var worker = (INamedTypeSymbol)context.Symbol;
        var attribute = WorkerAttributes.Find(worker, attributeType);
        if (attribute is not { ConstructorArguments.Length: 1 } || attribute.ConstructorArguments[0].Value is not string { Length: > 0 } topic)
        {
            return;
        }

        workerTopics.TryAdd(topic, 0);
        var thrown = new ConcurrentQueue<ThrownException>();
        if (HandlerThrows.MayThrowModelExceptions(worker))
        {
            context.RegisterOperationAction(operation => HandlerThrows.Collect(operation, thrown), OperationKind.Throw);
        }

        context.RegisterSymbolEndAction(end => Check(end, models, worker, attribute, topic, thrown));
    }

    /// <summary>
    /// Runs once the worker's members are analyzed. Only a worker whose topic has tasks is parsed, and by then the
    /// worker analyzer has usually parsed it already (<see cref="WorkerParses"/>).
    /// </summary>
    private static void Check(SymbolAnalysisContext context, ProcessModelSet models, INamedTypeSymbol worker, AttributeData attribute, string topic, ConcurrentQueue<ThrownException> thrown)
    {
        var check = new WorkerCheck(context, models, worker, attribute, topic);
        if (!check.ReportTopic()
            || WorkerParses.Get(worker, attribute, context.Compilation, context.CancellationToken).Model is not { } model
            || Handler(worker, model) is not { } handler)
        {
            return;
        }

        var handlerThrows = thrown.Where(exception => HandlerThrows.IsInside(exception, handler)).ToList();
        check.ReportScope(model, handlerThrows);
        check.ReportVariables(model, handler);
        check.ReportOutputs(model, handler);
        check.ReportErrors(handlerThrows);
    }

    private static IMethodSymbol? Handler(INamedTypeSymbol worker, WorkerModel model) =>
        worker.GetMembers(model.Handler.MethodName).OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public);

    private sealed class WorkerCheck(SymbolAnalysisContext context, ProcessModelSet models, INamedTypeSymbol worker, AttributeData attribute, string topic)
    {
        private readonly IReadOnlyList<ModelTaskRef> tasks = models.TasksOf(topic);

        /// <summary>FLW0050; true when the topic has tasks, so the other checks have something to compare with.</summary>
        public bool ReportTopic()
        {
            if (tasks.Count > 0)
            {
                return true;
            }

            if (!models.HasExpressionTopic() && !models.HasUnreadableFile)
            {
                var closest = models.Closest(topic);
                var suggestion = closest is null
                    ? string.Empty
                    : $"; did you mean '{closest.Task.Topic}' (task '{closest.Task.ElementId}' of {closest.Task.ContainerKind} '{closest.Task.ContainerId}' in {closest.File.FileName})?";
                Report(ProcessModelDescriptors.TopicNotInModels, ArgumentLocation("topic"), topic, worker.Name, suggestion);
            }

            return false;
        }

        /// <summary>FLW0056: a scope type, or an exception, of the one engine the topic's tasks are not on.</summary>
        public void ReportScope(WorkerModel model, IEnumerable<ThrownException> thrown)
        {
            if (OnlyOn(ModelScope.Cmmn) is { } cmmnTask && model.Options.Settings.ScopeType == ScopeTypeNumbers.Bpmn)
            {
                Report(ProcessModelDescriptors.ScopeMismatch, ArgumentLocation("ScopeType"), cmmnTask.Arguments(new object[] { worker.Name, "has ScopeType = Bpmn", topic, "CMMN" }));
            }

            if (OnlyOn(ModelScope.Bpmn) is { } bpmnTask && model.Options.Settings.ScopeType == ScopeTypeNumbers.Cmmn)
            {
                Report(ProcessModelDescriptors.ScopeMismatch, ArgumentLocation("ScopeType"), bpmnTask.Arguments(new object[] { worker.Name, "has ScopeType = Cmmn", topic, "BPMN" }));
            }

            foreach (var exception in thrown.OrderBy(t => t.Location.SourceSpan.Start))
            {
                var other = exception.Scope == ModelScope.Bpmn ? ModelScope.Cmmn : ModelScope.Bpmn;
                if (OnlyOn(other) is { } task)
                {
                    Report(ProcessModelDescriptors.ScopeMismatch, exception.Location, task.Arguments(new object[] { worker.Name, "throws " + exception.TypeName, topic, other.ToString().ToUpperInvariant() }));
                }
            }
        }

        /// <summary>FLW0052 when no task of the topic sends variables; else FLW0053 per task whose in-parameters miss one.</summary>
        public void ReportVariables(WorkerModel model, IMethodSymbol handler)
        {
            var required = model.Handler.Parameters.Where(p => p.Source == ParameterSource.Variable && p.Type is { IsNullable: false } && p.DefaultValue is null);
            foreach (var parameter in required)
            {
                if (tasks.All(t => t.Task.SendsNoVariables))
                {
                    Report(ProcessModelDescriptors.TaskSendsNoVariables, ParameterLocation(handler, parameter.Name), tasks[0].Arguments(new object[] { worker.Name, parameter.VariableName! }, topic));
                    continue;
                }

                var missing = tasks.FirstOrDefault(t => t.Task.InParameters.Count > 0 && !t.Task.InParameters.Any(p => p.Target == parameter.VariableName));
                if (missing is not null)
                {
                    var targets = string.Join(", ", missing.Task.InParameters.Select(p => $"'{p.Target}'"));
                    Report(ProcessModelDescriptors.VariableNotInParameters, ParameterLocation(handler, parameter.Name), missing.Arguments(new object[] { worker.Name, parameter.VariableName! }, targets));
                }
            }
        }

        /// <summary>
        /// FLW0054: a CMMN task with out-parameters stores only what they map (the CMMN engine's
        /// <c>ExternalWorkerJobCompleteCmd</c>), so an output no out-parameter reads is dropped. BPMN tasks keep every
        /// completion variable, and an out-parameter with an expression other than <c>${name}</c> may read anything.
        /// </summary>
        public void ReportOutputs(WorkerModel model, IMethodSymbol handler)
        {
            if (model.Handler.Output is not { } output)
            {
                return;
            }

            foreach (var property in output.Properties)
            {
                var dropping = tasks.FirstOrDefault(t =>
                    t.Task.Scope == ModelScope.Cmmn
                    && t.Task.OutParameters.Count > 0
                    && t.Task.OutParameters.All(p => p.SourceName is not null && p.SourceName != property.VariableName));
                if (dropping is not null)
                {
                    var mapped = string.Join(", ", dropping.Task.OutParameters.Select(p => $"'{p.SourceName}' to '{p.Target}'"));
                    Report(ProcessModelDescriptors.OutputNotMapped, ReturnTypeLocation(handler), dropping.Arguments(new object[] { worker.Name, property.VariableName }, mapped));
                }
            }
        }

        /// <summary>FLW0055: a constant BPMN error code that some BPMN task of the topic does not catch.</summary>
        public void ReportErrors(IEnumerable<ThrownException> thrown)
        {
            foreach (var exception in thrown.Where(t => t.Scope == ModelScope.Bpmn && t.ErrorCode is not null).OrderBy(t => t.Location.SourceSpan.Start))
            {
                var uncaught = tasks.FirstOrDefault(t => t.Task.Scope == ModelScope.Bpmn && !models.IsCaught(t, exception.ErrorCode!));
                if (uncaught is not null)
                {
                    Report(ProcessModelDescriptors.ErrorNotCaught, exception.Location, worker.Name, exception.ErrorCode!, uncaught.Task.ElementId, uncaught.Task.ContainerId, uncaught.File.FileName);
                }
            }
        }

        /// <summary>The first task of the topic when all of them are on <paramref name="scope"/> and no expression topic there could be it.</summary>
        private ModelTaskRef? OnlyOn(ModelScope scope)
        {
            var other = scope == ModelScope.Bpmn ? ModelScope.Cmmn : ModelScope.Bpmn;
            return tasks.All(t => t.Task.Scope == scope) && !models.HasExpressionTopic(other) ? tasks[0] : null;
        }

        private static Location ParameterLocation(IMethodSymbol handler, string name) =>
            handler.Parameters.FirstOrDefault(p => p.Name == name)?.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;

        private static Location ReturnTypeLocation(IMethodSymbol handler) =>
            handler.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<MethodDeclarationSyntax>().FirstOrDefault()?.ReturnType.GetLocation() ?? Location.None;

        private Location ArgumentLocation(string name) =>
            ProblemLocations.ArgumentValue(attribute, name)?.GetLocation() ?? ProblemLocations.NameLocation(worker) ?? Location.None;

        private void Report(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));
    }
}
