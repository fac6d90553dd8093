using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Tests.Replay;

/// <summary>One recorded request and Flowable's response to it.</summary>
internal sealed record RecordedInteraction(
    string File,
    int Index,
    string Method,
    Uri Uri,
    string? Authorization,
    JsonNode? RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    JsonNode? ResponseBody)
{
    private const string ApiPath = "/external-job-api";

    /// <summary>The Flowable root path the recording was made against (<c>""</c> or <c>/flowable-work</c>).</summary>
    public string ContextPath => Uri.AbsolutePath[..Uri.AbsolutePath.IndexOf(ApiPath, StringComparison.Ordinal)];

    /// <summary>The path below the API (<c>/acquire/jobs</c>).</summary>
    public string ApiRelativePath => Uri.AbsolutePath[(ContextPath.Length + ApiPath.Length)..];

    /// <summary>The recorded query without the rpaframework cache-buster <c>i</c>.</summary>
    public IReadOnlyDictionary<string, string> Query => ParseQuery(Uri.Query)
        .Where(pair => pair.Key != "i")
        .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    /// <summary>True when the response had no body (<c>""</c> in the recording).</summary>
    public bool ResponseIsEmpty => ResponseBody is JsonValue value && value.TryGetValue<string>(out var text) && text.Length == 0;

    public override string ToString() => $"{File}#{Index} {Method} {Uri.PathAndQuery} → {Status}";

    public static RecordedInteraction From(string file, int index, JsonObject interaction)
    {
        var request = interaction["request"]!.AsObject();
        var response = interaction["response"]!.AsObject();
        var requestHeaders = request["headers"]?.AsObject();
        return new RecordedInteraction(
            file,
            index,
            request["method"]!.GetValue<string>(),
            new Uri(request["uri"]!.GetValue<string>()),
            requestHeaders?["Authorization"]?.GetValue<string>(),
            request["body"]?.DeepClone(),
            response["status"]!.GetValue<int>(),
            (response["headers"]?.AsObject() ?? [])
                .ToDictionary(header => header.Key, header => header.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase),
            response["body"]?.DeepClone());
    }

    public static IEnumerable<KeyValuePair<string, string>> ParseQuery(string query) =>
        query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : "")));
}
