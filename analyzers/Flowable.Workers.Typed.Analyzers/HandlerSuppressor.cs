using System.Collections.Immutable;
using System.Linq;
using Flowable.Workers.Typed.Generators.Parsing;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers;

/// <summary>
/// Silences CA1822 ("mark members as static") on a worker's handler: the generated adapter calls it on the worker
/// instance, and a static handler is FLW0012. Without this, every worker that keeps no state would get the warning.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerSuppressor : DiagnosticSuppressor
{
    internal static readonly SuppressionDescriptor HandlerMustStayInstance = new(
        id: "FLWSPR0001",
        suppressedDiagnosticId: "CA1822",
        justification: "The generated adapter calls a worker's handler on the worker instance; it cannot be static.");

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(HandlerMustStayInstance);

    /// <inheritdoc />
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (IsWorkerHandler(context, diagnostic.Location))
            {
                context.ReportSuppression(Suppression.Create(HandlerMustStayInstance, diagnostic));
            }
        }
    }

    private static bool IsWorkerHandler(SuppressionAnalysisContext context, Location location)
    {
        if (location.SourceTree is not { } tree)
        {
            return false;
        }

        var declaration = tree.GetRoot(context.CancellationToken).FindNode(location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>();
        if (declaration is null
            || context.GetSemanticModel(tree).GetDeclaredSymbol(declaration, context.CancellationToken) is not IMethodSymbol method)
        {
            return false;
        }

        return method.DeclaredAccessibility == Accessibility.Public && HandlerNames.IsHandlerName(method.Name)
            && method.ContainingType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownTypes.ExternalWorkerAttribute);
    }
}
