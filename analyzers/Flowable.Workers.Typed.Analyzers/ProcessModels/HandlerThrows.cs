using System.Collections.Concurrent;
using System.Linq;
using Flowable.Workers.Typed.Generators.Parsing;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// Collects the <c>BpmnErrorException</c>s and <c>CmmnTerminateException</c>s a worker's code throws; the checks keep
/// those inside the handler's body.
/// </summary>
internal static class HandlerThrows
{
    public static void Collect(OperationAnalysisContext context, ConcurrentQueue<ThrownException> thrown)
    {
        var operation = (IThrowOperation)context.Operation;
        if (operation.Exception is not { } exception)
        {
            return;
        }

        var value = exception;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value is not IObjectCreationOperation creation)
        {
            return;
        }

        if (KnownTypes.IsRuntimeType(creation.Type, RuntimeNames.BpmnErrorException))
        {
            var code = creation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "errorCode")?.Value;
            thrown.Enqueue(code is { ConstantValue: { HasValue: true, Value: string constant } }
                ? new ThrownException(ModelScope.Bpmn, constant, code.Syntax.GetLocation())
                : new ThrownException(ModelScope.Bpmn, null, creation.Syntax.GetLocation()));
        }
        else if (KnownTypes.IsRuntimeType(creation.Type, RuntimeNames.CmmnTerminateException))
        {
            thrown.Enqueue(new ThrownException(ModelScope.Cmmn, null, creation.Syntax.GetLocation()));
        }
    }

    /// <summary>
    /// Whether the worker's text throws and names one of the two exceptions the checks look at, or creates a
    /// target-typed <c>new(...)</c>: only then are its operations analyzed, so a worker that throws neither costs no
    /// operation tree and no syntax walk. Text in comments may make it look once too often; that only costs time.
    /// </summary>
    public static bool MayThrowModelExceptions(INamedTypeSymbol worker) =>
        worker.DeclaringSyntaxReferences.Any(reference =>
            reference.SyntaxTree.TryGetText(out var text) ? MayThrow(text.ToString(reference.Span)) : MayThrow(reference.GetSyntax().ToString()));

    private static bool MayThrow(string code) =>
        code.IndexOf("throw", System.StringComparison.Ordinal) >= 0
        && (code.IndexOf("BpmnErrorException", System.StringComparison.Ordinal) >= 0
            || code.IndexOf("CmmnTerminateException", System.StringComparison.Ordinal) >= 0
            || code.IndexOf("new(", System.StringComparison.Ordinal) >= 0
            || code.IndexOf("new (", System.StringComparison.Ordinal) >= 0);

    /// <summary>Whether <paramref name="exception"/> is thrown in <paramref name="handler"/>'s body.</summary>
    public static bool IsInside(ThrownException exception, IMethodSymbol handler) =>
        handler.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == exception.Location.SourceTree && reference.Span.Contains(exception.Location.SourceSpan));
}
