using System.Text.Json;

namespace Flowable.Workers.Typed.Tests.Jobs;

/// <summary>The recorded traffic of real Flowable servers in <c>../shared/fixtures/flowable-recordings</c>.</summary>
internal static class Recordings
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "..", "shared", "fixtures", "flowable-recordings", "python");

    /// <summary>Every successful <c>POST …/external-job-api/acquire/jobs</c> response body, with the file it came from.</summary>
    public static IEnumerable<(string File, JsonElement Body)> AcquireResponses() =>
        Interactions()
            .Where(i => i.Request.GetProperty("method").GetString() == "POST"
                        && i.Request.GetProperty("uri").GetString()!.EndsWith("/external-job-api/acquire/jobs", StringComparison.Ordinal)
                        && i.Response.GetProperty("status").GetInt32() == 200)
            .Select(i => (i.File, i.Response.GetProperty("body")));

    /// <summary>Every successful <c>GET …/external-job-api/jobs/{id}</c> response body.</summary>
    public static IEnumerable<(string File, JsonElement Body)> GetJobResponses() =>
        Interactions()
            .Where(i => i.Request.GetProperty("method").GetString() == "GET"
                        && i.Request.GetProperty("uri").GetString()!.Contains("/external-job-api/jobs/JOB-", StringComparison.Ordinal)
                        && i.Response.GetProperty("status").GetInt32() == 200)
            .Select(i => (i.File, i.Response.GetProperty("body")));

    private static IEnumerable<(string File, JsonElement Request, JsonElement Response)> Interactions()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var root = JsonElement.Parse(File.ReadAllText(file));
            foreach (var interaction in root.GetProperty("interactions").EnumerateArray())
            {
                yield return (Path.GetFileName(file), interaction.GetProperty("request"), interaction.GetProperty("response"));
            }
        }
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

        throw new InvalidOperationException($"No Flowable.Workers.Typed.sln above {AppContext.BaseDirectory}.");
    }
}
