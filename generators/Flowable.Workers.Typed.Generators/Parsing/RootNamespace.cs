using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Flowable.Workers.Typed.Generators.Parsing;

/// <summary>The namespace of the generated <c>ExternalWorkers</c> class: the project's <c>RootNamespace</c>, else its assembly name.</summary>
internal static class RootNamespace
{
    /// <returns>A valid dotted namespace, or null (the global namespace) when neither input is one.</returns>
    public static string? Resolve(string? configuredRootNamespace, string? assemblyName)
    {
        foreach (var candidate in new[] { configuredRootNamespace, assemblyName })
        {
            if (!string.IsNullOrWhiteSpace(candidate) && candidate!.Split('.').All(IsIdentifier))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsIdentifier(string part) =>
        SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None;
}
