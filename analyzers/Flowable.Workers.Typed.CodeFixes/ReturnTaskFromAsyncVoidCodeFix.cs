using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Flowable.Workers.Typed.Analyzers;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>Turns an <c>async void</c> handler into an <c>async Task</c> one (FLW0014).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnTaskFromAsyncVoidCodeFix)), Shared]
public sealed class ReturnTaskFromAsyncVoidCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.AsyncVoidHandler.Id);

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
                var task = SyntaxFactory.ParseTypeName("global::System.Threading.Tasks.Task")
                    .WithTriviaFrom(method.ReturnType)
                    .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
                SyntaxFixes.Register(context, diagnostic, $"Return Task from '{method.Identifier.ValueText}'", cancellationToken =>
                    SyntaxFixes.ReplaceAsync(context.Document, method, method.WithReturnType(task), cancellationToken));
            }
        }
    }
}
