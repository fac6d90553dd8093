using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>
/// The wiring every code fix shares: find the <typeparamref name="TNode"/> each diagnostic points into, offer one
/// action for it, and fix all occurrences (document, project or solution, as <c>dotnet format analyzers</c> asks) by
/// applying the same fix to every node of a document in turn. A fix names only what it fixes and how.
/// </summary>
/// <typeparam name="TNode">The innermost syntax node around the diagnostic that the fix works on.</typeparam>
public abstract class NodeCodeFix<TNode> : CodeFixProvider
    where TNode : SyntaxNode
{
    /// <summary>
    /// One equivalence key for every action of this fix, whatever node it is on, so that Fix All gathers them all
    /// (a title naming the node would gather only the occurrences of that one name).
    /// </summary>
    private string EquivalenceKey => GetType().Name;

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = FixableNode(root, diagnostic);
            if (node is not null)
            {
                var action = CodeAction.Create(Title(node)!, cancellationToken => FixAsync(context.Document, node, cancellationToken), EquivalenceKey);
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }

    /// <summary>The action's title for <paramref name="node"/>, or <see langword="null"/> when it has nothing to fix.</summary>
    /// <param name="node">The node the diagnostic points into.</param>
    /// <returns>The title shown to the user.</returns>
    protected abstract string? Title(TNode node);

    /// <summary>Applies the fix to <paramref name="node"/>.</summary>
    /// <param name="document">The document holding <paramref name="node"/>.</param>
    /// <param name="node">The node the diagnostic points into.</param>
    /// <param name="cancellationToken">Cancels the fix.</param>
    /// <returns>The fixed document.</returns>
    protected abstract Task<Document> FixAsync(Document document, TNode node, CancellationToken cancellationToken);

    private TNode? FixableNode(SyntaxNode? root, Diagnostic diagnostic)
    {
        var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<TNode>().FirstOrDefault();
        return node is not null && Title(node) is not null ? node : null;
    }

    /// <summary>
    /// Fixes every diagnostic of one document: the nodes are tracked through each fix, so a later fix finds its node
    /// in the document the earlier fixes produced; a node an earlier fix removed or already fixed is skipped.
    /// </summary>
    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var nodes = new List<TNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (FixableNode(root, diagnostic) is { } node && !nodes.Contains(node))
            {
                nodes.Add(node);
            }
        }

        if (root is null || nodes.Count == 0)
        {
            return document;
        }

        var fixedDocument = document.WithSyntaxRoot(root.TrackNodes(nodes));
        foreach (var node in nodes)
        {
            var currentRoot = await fixedDocument.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (currentRoot?.GetCurrentNode(node) is { } current && Title(current) is not null)
            {
                fixedDocument = await FixAsync(fixedDocument, current, context.CancellationToken).ConfigureAwait(false);
            }
        }

        return fixedDocument;
    }
}
