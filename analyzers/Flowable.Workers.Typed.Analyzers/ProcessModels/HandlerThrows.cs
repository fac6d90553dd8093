using System.Collections.Concurrent;
using System.Linq;
using Flowable.Workers.Typed.Generators.Parsing;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>Collects the <c>BpmnErrorException</c>s and <c>CmmnTerminateException</c>s a handler's body throws.</summary>
internal static class HandlerThrows
{
    public static void Collect(OperationAnalysisContext context, IMethodSymbol handler, ConcurrentBag<ThrownException> thrown)
    {
        var operation = (IThrowOperation)context.Operation;
        if (operation.Exception is not { } exception || !IsInside(operation.Syntax, handler))
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
            thrown.Add(code is { ConstantValue: { HasValue: true, Value: string constant } }
                ? new ThrownException(ModelScope.Bpmn, constant, code.Syntax.GetLocation())
                : new ThrownException(ModelScope.Bpmn, null, creation.Syntax.GetLocation()));
        }
        else if (KnownTypes.IsRuntimeType(creation.Type, RuntimeNames.CmmnTerminateException))
        {
            thrown.Add(new ThrownException(ModelScope.Cmmn, null, creation.Syntax.GetLocation()));
        }
    }

    /// <summary>
    /// Whether the handler's body creates an exception named like the two the checks look at: only then are its
    /// operations analyzed, so a handler that throws neither costs no operation tree.
    /// </summary>
    public static bool MayThrowModelExceptions(IMethodSymbol handler) =>
        handler.DeclaringSyntaxReferences
            .SelectMany(reference => reference.GetSyntax().DescendantNodes())
            .OfType<BaseObjectCreationExpressionSyntax>()
            .Any(creation => creation is ImplicitObjectCreationExpressionSyntax
                || (creation is ObjectCreationExpressionSyntax { Type: var type } && type.ToString() is var name
                    && (name.EndsWith("BpmnErrorException", System.StringComparison.Ordinal) || name.EndsWith("CmmnTerminateException", System.StringComparison.Ordinal))));

    private static bool IsInside(SyntaxNode node, IMethodSymbol handler) =>
        handler.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == node.SyntaxTree && reference.Span.Contains(node.Span));
}
