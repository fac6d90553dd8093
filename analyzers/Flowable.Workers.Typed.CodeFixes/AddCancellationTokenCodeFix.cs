using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
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
public sealed class AddCancellationTokenCodeFix : NodeCodeFix<MethodDeclarationSyntax>
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.LongLockWithoutCancellation.Id);

    /// <inheritdoc />
    protected override string? Title(MethodDeclarationSyntax method) =>
        "Add a CancellationToken parameter";

    /// <inheritdoc />
    protected override Task<Document> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken) =>
        SyntaxFixes.ReplaceAsync(document, method, method.AddParameterListParameters(TokenParameter(method)), cancellationToken);

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
