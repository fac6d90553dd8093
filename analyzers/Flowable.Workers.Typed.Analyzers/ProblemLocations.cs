using System.Linq;
using Flowable.Workers.Typed.Generators.Parsing;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Flowable.Workers.Typed.Analyzers;

/// <summary>
/// Where a problem is shown: the attribute argument at fault, a return type, or the name of the symbol. Always inside
/// the worker's own declaration, so each worker reports its problems once, the IDE refreshes them when the worker's
/// file changes, and code fixes apply: a containing type's problem is shown on the worker's name, an output type's
/// on the handler's return type.
/// </summary>
internal static class ProblemLocations
{
    public static Location For(WorkerProblem problem, INamedTypeSymbol worker, AttributeData attribute)
    {
        var preferred = Preferred(problem, worker, attribute);
        if (IsInside(preferred, worker))
        {
            return preferred;
        }

        var returnType = problem.Symbol is IPropertySymbol ? HandlerReturnType(worker) : null;
        return returnType ?? NameLocation(worker) ?? Location.None;
    }

    private static Location Preferred(WorkerProblem problem, INamedTypeSymbol worker, AttributeData attribute)
    {
        if (problem.AttributeArgument is { } argumentName && ArgumentValue(attribute, argumentName) is { } argument)
        {
            return argument.GetLocation();
        }

        if (problem.Kind is WorkerProblemKind.UnsupportedReturnType or WorkerProblemKind.NoOutputProperties or WorkerProblemKind.AsyncVoidHandler
            && Declaration(problem.Symbol) is MethodDeclarationSyntax method)
        {
            return method.ReturnType.GetLocation();
        }

        return NameLocation(problem.Symbol) ?? NameLocation(worker) ?? Location.None;
    }

    /// <summary>The topic (the first positional argument) or a named option's value.</summary>
    public static ExpressionSyntax? ArgumentValue(AttributeData attribute, string name)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax { ArgumentList: { } arguments })
        {
            return null;
        }

        var argument = name == "topic"
            ? arguments.Arguments.FirstOrDefault(a => a.NameEquals is null)
            : arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        return argument?.Expression;
    }

    private static bool IsInside(Location location, INamedTypeSymbol worker) =>
        location.IsInSource
        && worker.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == location.SourceTree && r.Span.Contains(location.SourceSpan));

    private static Location? HandlerReturnType(INamedTypeSymbol worker) =>
        worker.GetMembers(HandlerNames.Handle).Concat(worker.GetMembers(HandlerNames.HandleAsync))
            .Select(Declaration)
            .OfType<MethodDeclarationSyntax>()
            .FirstOrDefault(method => method.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PublicKeyword))
            ?.ReturnType.GetLocation();

    public static Location? NameLocation(ISymbol symbol) => symbol.Locations.FirstOrDefault(location => location.IsInSource);

    private static SyntaxNode? Declaration(ISymbol symbol) => symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
}
