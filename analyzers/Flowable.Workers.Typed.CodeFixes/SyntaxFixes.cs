using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>Helpers shared by the code fixes: the declaration a diagnostic points into, and a one-node replacement.</summary>
internal static class SyntaxFixes
{
    public static async Task<TNode?> FindAncestorAsync<TNode>(Document document, TextSpan span, CancellationToken cancellationToken)
        where TNode : SyntaxNode
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root?.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<TNode>().FirstOrDefault();
    }

    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode oldNode, SyntaxNode? newNode, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var newRoot = newNode is null
            ? root!.RemoveNode(oldNode, SyntaxRemoveOptions.KeepNoTrivia)!
            : root!.ReplaceNode(oldNode, newNode);
        return document.WithSyntaxRoot(newRoot);
    }

    public static void Register(CodeFixContext context, Diagnostic diagnostic, string title, System.Func<CancellationToken, Task<Document>> fix) =>
        context.RegisterCodeFix(CodeAction.Create(title, fix, equivalenceKey: title), diagnostic);
}
