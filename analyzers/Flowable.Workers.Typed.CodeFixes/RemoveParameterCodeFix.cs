using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Flowable.Workers.Typed.Analyzers;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>Removes a second <c>CancellationToken</c> or <c>ExternalWorkerJob</c> parameter (FLW0024).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveParameterCodeFix)), Shared]
public sealed class RemoveParameterCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateSpecialParameter.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var parameter = await SyntaxFixes.FindAncestorAsync<ParameterSyntax>(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (parameter?.Parent is ParameterListSyntax list)
            {
                SyntaxFixes.Register(context, diagnostic, $"Remove parameter '{parameter.Identifier.ValueText}'", cancellationToken =>
                    SyntaxFixes.ReplaceAsync(context.Document, list, list.WithParameters(list.Parameters.Remove(parameter)), cancellationToken));
            }
        }
    }
}
