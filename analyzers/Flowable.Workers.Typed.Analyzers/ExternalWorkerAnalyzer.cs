using System;
using System.Collections.Immutable;
using System.Linq;
using Flowable.Workers.Typed.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers;

/// <summary>
/// Runs the generator's parser over every <c>[ExternalWorker]</c> class (once per build, shared with the model checks
/// through <see cref="WorkerParses"/>) and reports each problem that keeps the generator from emitting it; for a valid
/// worker, suggests a <c>CancellationToken</c> when its lock is long.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExternalWorkerAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Lock durations from this long on deserve a handler that can stop when the lock is about to expire.</summary>
    internal static readonly TimeSpan LongLockDuration = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ProblemDiagnostics.Descriptors.Values.Append(DiagnosticDescriptors.LongLockWithoutCancellation).ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (WorkerAttributes.Resolve(start.Compilation) is { } attributeType)
            {
                start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, attributeType), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attributeType)
    {
        var worker = (INamedTypeSymbol)context.Symbol;
        var attribute = WorkerAttributes.Find(worker, attributeType);
        if (attribute is null)
        {
            return;
        }

        var (model, problems) = WorkerParses.Get(worker, attribute, context.Compilation, context.CancellationToken);
        foreach (var problem in problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                ProblemDiagnostics.Descriptors[problem.Kind],
                ProblemLocations.For(problem, worker, attribute),
                ProblemDiagnostics.Arguments(problem, worker)));
        }

        if (model is not null)
        {
            ReportLongLockWithoutCancellation(context, worker, attribute, model);
        }
    }

    private static void ReportLongLockWithoutCancellation(SymbolAnalysisContext context, INamedTypeSymbol worker, AttributeData attribute, WorkerModel model)
    {
        if (model.Options.Settings.LockDuration is not { } lockDurationValue
            || lockDurationValue < LongLockDuration
            || model.Handler.Parameters.Any(p => p.Source == ParameterSource.CancellationToken))
        {
            return;
        }

        var handler = worker.GetMembers(model.Handler.MethodName).OfType<IMethodSymbol>().First(m => !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public);
        var lockDuration = attribute.NamedArguments.First(argument => argument.Key == "LockDuration").Value.Value;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.LongLockWithoutCancellation,
            ProblemLocations.NameLocation(handler),
            handler.Name,
            lockDuration));
    }
}
