using System.Collections.Generic;
using System.Collections.Immutable;
using Flowable.Workers.Typed.Generators.Parsing;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Analyzers;

/// <summary>The diagnostic for each <see cref="WorkerProblemKind"/> the shared parser finds, and its message arguments.</summary>
internal static class ProblemDiagnostics
{
    public static ImmutableDictionary<WorkerProblemKind, DiagnosticDescriptor> Descriptors { get; } =
        new Dictionary<WorkerProblemKind, DiagnosticDescriptor>
        {
            [WorkerProblemKind.NotPartial] = DiagnosticDescriptors.WorkerNotPartial,
            [WorkerProblemKind.ContainingTypeNotPartial] = DiagnosticDescriptors.ContainingTypeNotPartial,
            [WorkerProblemKind.NotInstantiable] = DiagnosticDescriptors.WorkerNotInstantiable,
            [WorkerProblemKind.Generic] = DiagnosticDescriptors.WorkerGeneric,
            [WorkerProblemKind.Inaccessible] = DiagnosticDescriptors.WorkerInaccessible,
            [WorkerProblemKind.NoUsableConstructor] = DiagnosticDescriptors.NoUsableConstructor,
            [WorkerProblemKind.UnsupportedConstructorParameter] = DiagnosticDescriptors.UnsupportedConstructorParameter,
            [WorkerProblemKind.NoHandler] = DiagnosticDescriptors.NoHandler,
            [WorkerProblemKind.MultipleHandlers] = DiagnosticDescriptors.MultipleHandlers,
            [WorkerProblemKind.StaticHandler] = DiagnosticDescriptors.StaticHandler,
            [WorkerProblemKind.GenericHandler] = DiagnosticDescriptors.GenericHandler,
            [WorkerProblemKind.AsyncVoidHandler] = DiagnosticDescriptors.AsyncVoidHandler,
            [WorkerProblemKind.ModifiedParameter] = DiagnosticDescriptors.ModifiedParameter,
            [WorkerProblemKind.UnsupportedParameterType] = DiagnosticDescriptors.UnsupportedParameterType,
            [WorkerProblemKind.InvalidVariableName] = DiagnosticDescriptors.InvalidVariableName,
            [WorkerProblemKind.DuplicateParameterVariable] = DiagnosticDescriptors.DuplicateParameterVariable,
            [WorkerProblemKind.DuplicateSpecialParameter] = DiagnosticDescriptors.DuplicateSpecialParameter,
            [WorkerProblemKind.VariableOnSpecialParameter] = DiagnosticDescriptors.VariableOnSpecialParameter,
            [WorkerProblemKind.UnsupportedReturnType] = DiagnosticDescriptors.UnsupportedReturnType,
            [WorkerProblemKind.NoOutputProperties] = DiagnosticDescriptors.NoOutputProperties,
            [WorkerProblemKind.UnsupportedOutputPropertyType] = DiagnosticDescriptors.UnsupportedOutputPropertyType,
            [WorkerProblemKind.DuplicateOutputVariable] = DiagnosticDescriptors.DuplicateOutputVariable,
            [WorkerProblemKind.InvalidTopic] = DiagnosticDescriptors.InvalidTopic,
            [WorkerProblemKind.InvalidDuration] = DiagnosticDescriptors.InvalidDuration,
            [WorkerProblemKind.OptionOutOfRange] = DiagnosticDescriptors.OptionOutOfRange,
            [WorkerProblemKind.InvalidJsonContext] = DiagnosticDescriptors.InvalidJsonContext,
        }.ToImmutableDictionary();

    /// <summary>The message arguments: the symbol's name first, then what the descriptor's message needs.</summary>
    public static object?[] Arguments(WorkerProblem problem, INamedTypeSymbol worker)
    {
        var symbol = problem.Symbol;
        var detail = problem.Detail ?? string.Empty;
        return problem.Kind switch
        {
            WorkerProblemKind.NotInstantiable => [symbol.Name, symbol.IsStatic ? "static" : "abstract"],
            WorkerProblemKind.Inaccessible => [symbol.Name, AccessibilityKeyword(symbol.DeclaredAccessibility)],
            WorkerProblemKind.VariableOnSpecialParameter => [symbol.Name, ((IParameterSymbol)symbol).Type.Name],
            WorkerProblemKind.InvalidDuration => [worker.Name, problem.AttributeArgument, detail],
            WorkerProblemKind.OptionOutOfRange => [worker.Name, problem.AttributeArgument, detail, Requirement(problem.AttributeArgument)],
            _ => [symbol.Name, detail],
        };
    }

    /// <summary>The runtime's own sentence for the option's bounds, so compile time and run time say the same.</summary>
    private static string Requirement(string? option) => WorkerOptions.Find(option)?.Requirement ?? string.Empty;

    private static string AccessibilityKeyword(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        _ => "not accessible",
    };
}
