using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Flowable.Workers.Typed.Analyzers;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>Adds a <c>CancellationToken</c> parameter to a handler that runs under a long lock (FLW0045).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCancellationTokenCodeFix)), Shared]
public sealed class AddCancellationTokenCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.LongLockWithoutCancellation.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var method = await SyntaxFixes.FindAncestorAsync<MethodDeclarationSyntax>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (method is not null)
            {
                SyntaxFixes.Register(context, diagnostic, "Add a CancellationToken parameter", cancellationToken =>
                    SyntaxFixes.ReplaceAsync(context.Document, method, method.AddParameterListParameters(TokenParameter(method)), cancellationToken));
            }
        }
    }

    private static ParameterSyntax TokenParameter(MethodDeclarationSyntax method)
    {
        var names = method.ParameterList.Parameters.Select(p => p.Identifier.ValueText).ToImmutableHashSet();
        var name = "cancellationToken";
        for (var suffix = 2; names.Contains(name); suffix++)
        {
            name = "cancellationToken" + suffix;
        }

        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name))
            .WithType(SyntaxFactory.ParseTypeName("global::System.Threading.CancellationToken")
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)
                .WithTrailingTrivia(SyntaxFactory.Space));
        return method.ParameterList.Parameters.Any(p => p.Default is not null)
            ? parameter.WithDefault(SyntaxFactory.EqualsValueClause(SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression, SyntaxFactory.Token(SyntaxKind.DefaultKeyword))))
            : parameter;
    }
}
