using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>
/// A code fix that finds the <typeparamref name="TNode"/> each diagnostic points into and offers one action, whose
/// title is also its equivalence key, that rewrites the document.
/// </summary>
/// <typeparam name="TNode">The innermost syntax node around the diagnostic that the fix works on.</typeparam>
public abstract class NodeCodeFix<TNode> : CodeFixProvider
    where TNode : SyntaxNode
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<TNode>().FirstOrDefault();
            var title = node is null ? null : Title(node);
            if (node is not null && title is not null)
            {
                var action = CodeAction.Create(title, cancellationToken => FixAsync(context.Document, node, cancellationToken), equivalenceKey: title);
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }

    /// <summary>The action's title for <paramref name="node"/>, or <see langword="null"/> when it has nothing to fix.</summary>
    /// <param name="node">The node the diagnostic points into.</param>
    /// <returns>The title, also used as the equivalence key.</returns>
    protected abstract string? Title(TNode node);

    /// <summary>Applies the fix to <paramref name="node"/>.</summary>
    /// <param name="document">The document holding <paramref name="node"/>.</param>
    /// <param name="node">The node the diagnostic points into.</param>
    /// <param name="cancellationToken">Cancels the fix.</param>
    /// <returns>The fixed document.</returns>
    protected abstract Task<Document> FixAsync(Document document, TNode node, CancellationToken cancellationToken);
}
