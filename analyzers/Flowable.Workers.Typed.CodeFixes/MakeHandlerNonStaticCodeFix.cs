using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Flowable.Workers.Typed.Analyzers;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>Removes <c>static</c> from a handler (FLW0012).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeHandlerNonStaticCodeFix)), Shared]
public sealed class MakeHandlerNonStaticCodeFix : NodeCodeFix<MethodDeclarationSyntax>
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.StaticHandler.Id);

    /// <inheritdoc />
    protected override string? Title(MethodDeclarationSyntax method) =>
        method.Modifiers.Any(SyntaxKind.StaticKeyword) ? $"Make '{method.Identifier.ValueText}' an instance method" : null;

    /// <inheritdoc />
    protected override Task<Document> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken) =>
        SyntaxFixes.ReplaceAsync(document, method, RemoveStatic(method), cancellationToken);

    private static MethodDeclarationSyntax RemoveStatic(MethodDeclarationSyntax method)
    {
        var index = method.Modifiers.IndexOf(SyntaxKind.StaticKeyword);
        var modifier = method.Modifiers[index];
        var modifiers = method.Modifiers.RemoveAt(index);
        if (index == 0 && modifiers.Count > 0)
        {
            modifiers = modifiers.Replace(modifiers[0], modifiers[0].WithLeadingTrivia(modifier.LeadingTrivia));
        }
        else if (modifiers.Count == 0)
        {
            return method.WithModifiers(modifiers).WithReturnType(method.ReturnType.WithLeadingTrivia(modifier.LeadingTrivia));
        }

        return method.WithModifiers(modifiers);
    }
}
