using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Flowable.Workers.Typed.Analyzers;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>Removes <c>static</c> from a handler (FLW0012).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeHandlerNonStaticCodeFix)), Shared]
public sealed class MakeHandlerNonStaticCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.StaticHandler.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var method = await SyntaxFixes.FindAncestorAsync<MethodDeclarationSyntax>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (method is not null && method.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                SyntaxFixes.Register(context, diagnostic, $"Make '{method.Identifier.ValueText}' an instance method", cancellationToken =>
                    SyntaxFixes.ReplaceAsync(context.Document, method, RemoveStatic(method), cancellationToken));
            }
        }
    }

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
