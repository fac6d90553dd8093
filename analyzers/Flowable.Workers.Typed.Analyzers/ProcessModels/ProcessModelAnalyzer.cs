using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// Checks every worker against the BPMN and CMMN models the project lists as <c>FlowableModel</c> items (topic, the
/// variables a task sends and keeps, BPMN errors caught, scope), and every model task against the workers. Without a
/// model file it registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProcessModelAnalyzer : DiagnosticAnalyzer
{
    private readonly ProcessModelCache cache;

    /// <summary>Creates the analyzer with the process-wide model cache.</summary>
    public ProcessModelAnalyzer()
        : this(ProcessModelCache.Shared)
    {
    }

    internal ProcessModelAnalyzer(ProcessModelCache cache) => this.cache = cache;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ProcessModelDescriptors.TopicNotInModels,
        ProcessModelDescriptors.TaskWithoutWorker,
        ProcessModelDescriptors.TaskSendsNoVariables,
        ProcessModelDescriptors.VariableNotInParameters,
        ProcessModelDescriptors.OutputNotMapped,
        ProcessModelDescriptors.ErrorNotCaught,
        ProcessModelDescriptors.ScopeMismatch,
        ProcessModelDescriptors.UnreadableModel);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var models = ProcessModelSet.Load(start.Options, cache, start.CancellationToken);
            if (models is null)
            {
                return;
            }

            var workerTopics = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
            if (WorkerAttributes.Resolve(start.Compilation) is { } attributeType)
            {
                start.RegisterSymbolStartAction(symbolStart => WorkerModelChecks.Start(symbolStart, models, attributeType, workerTopics), SymbolKind.NamedType);
            }


            start.RegisterCompilationEndAction(end => ModelFileChecks.Report(end, models, workerTopics));
        });
    }
}
