using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Tests.Replay;

/// <summary>
/// The recordings of real Flowable traffic under <c>../shared/fixtures/flowable-recordings/python/</c> (with
/// <c>rpaframework/</c>), reduced to the interactions with the external job API.
/// </summary>
internal static class RecordingLibrary
{
    private const string ExternalJobApi = "/external-job-api/";

    public static string Directory { get; } = Path.GetFullPath(Path.Combine(
        FindRepositoryRoot(), "..", "shared", "fixtures", "flowable-recordings", "python"));

    /// <summary>One xunit case per external-job-API interaction: (file relative to the recordings folder, index in the file).</summary>
    public static TheoryData<string, int> ExternalJobInteractions()
    {
        var cases = new TheoryData<string, int>();
        foreach (var file in RecordingFiles())
        {
            var interactions = LoadInteractions(file);
            for (var index = 0; index < interactions.Count; index++)
            {
                if (IsExternalJobApi(interactions[index]))
                {
                    cases.Add(file, index);
                }
            }
        }

        return cases;
    }

    public static IEnumerable<string> RecordingFiles() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static RecordedInteraction Load(string file, int index) =>
        RecordedInteraction.From(file, index, LoadInteractions(file)[index]!.AsObject());

    private static JsonArray LoadInteractions(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, file)))!["interactions"]!.AsArray();

    private static bool IsExternalJobApi(JsonNode? interaction) =>
        interaction!["request"]!["uri"]!.GetValue<string>().Contains(ExternalJobApi, StringComparison.Ordinal);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Flowable.Workers.Typed.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Flowable.Workers.Typed.sln above {AppContext.BaseDirectory}.");
    }
}
