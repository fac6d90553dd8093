namespace Flowable.Workers.Typed.Testing;

/// <summary>One request the emulator received, for assertions on the wire.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path (with the context path) and query string, as received.</param>
/// <param name="Body">The body text; empty when there was none.</param>
/// <param name="Headers">The headers; an <c>Authorization</c> value is reduced to its scheme.</param>
/// <param name="StatusCode">The status answered (or served with, when <see cref="AnswerLost"/>); <see langword="null"/> while
/// unanswered or when the connection was dropped before the request was served.</param>
public sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    string Body,
    IReadOnlyDictionary<string, string> Headers,
    int? StatusCode)
{
    /// <summary>The request was served (its change applied) but the connection was aborted instead of answering.</summary>
    public bool AnswerLost { get; init; }

    /// <summary>The body parsed as JSON, or <see langword="null"/> when it is empty.</summary>
    public System.Text.Json.Nodes.JsonNode? JsonBody => Body.Length == 0 ? null : System.Text.Json.Nodes.JsonNode.Parse(Body);
}
