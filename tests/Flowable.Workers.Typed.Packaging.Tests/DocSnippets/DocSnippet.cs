using System.Text.RegularExpressions;

namespace Flowable.Workers.Typed.Packaging.Tests.DocSnippets;

/// <summary>
/// A C# block of a Markdown page, with what its info string declares:
/// <list type="bullet">
/// <item><c>```csharp complete-file</c>: a whole file as a user pastes it (a Program.cs when it has top-level statements);</item>
/// <item><c>```csharp fragment glue=NAME</c>: statements shown out of context, compiled inside DocSnippets/Glue/NAME.cs;</item>
/// <item><c>```csharp bad-example</c>: a diagnostic page's example that must report the page's rule;</item>
/// <item><c>id=NAME</c> names a block; <c>with=NAME</c> compiles the named block of the same page beside this one.</item>
/// </list>
/// </summary>
internal sealed partial record DocSnippet(string Page, int Line, string Kind, string? Id, string? Glue, IReadOnlyList<string> With, string Code)
{
    public const string CompleteFile = "complete-file";
    public const string Fragment = "fragment";
    public const string BadExample = "bad-example";

    /// <summary>README.md:57, the page and the line of the block's opening fence.</summary>
    public string Location => $"{Page}:{Line}";

    /// <summary>A C# identifier unique to the block, for its file and namespace.</summary>
    public string Name => $"{NonIdentifier().Replace(Path.ChangeExtension(Page, null), "_")}_L{Line}";

    /// <summary>Every C# block of <paramref name="page"/> (a path relative to the repository root).</summary>
    public static IEnumerable<DocSnippet> Read(string page)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine(page));
        for (var index = 0; index < lines.Length; index++)
        {
            var fence = Fence().Match(lines[index]);
            if (!fence.Success)
            {
                continue;
            }

            var start = index;
            var body = new List<string>();
            for (index++; index < lines.Length && lines[index].TrimEnd() != "```"; index++)
            {
                body.Add(lines[index]);
            }

            var words = fence.Groups["info"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? Attribute(string name) => words.FirstOrDefault(word => word.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
            yield return new DocSnippet(
                page.Replace('\\', '/'),
                start + 1,
                words.FirstOrDefault(word => !word.Contains('=', StringComparison.Ordinal)) ?? "",
                Attribute("id"),
                Attribute("glue"),
                Attribute("with")?.Split(',') ?? [],
                string.Join('\n', body));
        }
    }

    [GeneratedRegex(@"^```(?:csharp|cs|c#)\b(?<info>.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex NonIdentifier();
}
