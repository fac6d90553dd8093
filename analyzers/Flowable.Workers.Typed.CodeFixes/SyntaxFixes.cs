using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.CodeFixes;

/// <summary>Helpers shared by the code fixes.</summary>
internal static class SyntaxFixes
{
    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode oldNode, SyntaxNode newNode, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(oldNode, newNode));
    }
}
