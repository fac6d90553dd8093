using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Testing.Tests.Support;

/// <summary>The recordings of real Flowable traffic in <c>../shared/fixtures/flowable-recordings/python</c>.</summary>
public static class Recordings
{
    public sealed record Interaction(string Method, string Uri, JsonNode? RequestBody, int Status, JsonObject ResponseHeaders, JsonNode? ResponseBody);

    public static IReadOnlyList<Interaction> Load(string fileName)
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "fixtures", "flowable-recordings", "python", fileName);
        var recording = JsonNode.Parse(File.ReadAllText(path))!;
        return
        [
            .. recording["interactions"]!.AsArray().Select(i => new Interaction(
                i!["request"]!["method"]!.GetValue<string>(),
                i["request"]!["uri"]!.GetValue<string>(),
                i["request"]!["body"],
                i["response"]!["status"]!.GetValue<int>(),
                i["response"]!["headers"]!.AsObject(),
                i["response"]!["body"])),
        ];
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Flowable.Workers.Typed.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No Flowable.Workers.Typed.sln above " + AppContext.BaseDirectory);
    }
}
