using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Flowable.Workers.Typed.Generators.Models;
using Flowable.Workers.Typed.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers;

/// <summary>
/// Runs the generator's parser over every <c>[ExternalWorker]</c> class and reports each problem that keeps the
/// generator from emitting it; for a valid worker, suggests a <c>CancellationToken</c> when its lock is long.
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
        context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var worker = (INamedTypeSymbol)context.Symbol;
        var attribute = worker.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownTypes.ExternalWorkerAttribute);
        if (attribute is null)
        {
            return;
        }

        var problems = new List<WorkerProblem>();
        var model = Parser.ParseWorker(worker, attribute, context.Compilation.Assembly, problems, context.CancellationToken);
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
