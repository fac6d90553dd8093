using Microsoft.AspNetCore.Http;

namespace Flowable.Workers.Typed.Testing.Server;

/// <summary>The requests received, oldest first; <c>Authorization</c> values are reduced to their scheme.</summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    public void Add(HttpRequest request, string body, int? statusCode)
    {
        var headers = request.Headers.ToDictionary(
            header => header.Key,
            header => string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase)
                ? Redact(header.Value.ToString())
                : header.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        var entry = new RecordedRequest(request.Method, request.Path.Value + request.QueryString.Value, body, headers, statusCode);
        lock (_gate)
        {
            _requests.Add(entry);
        }
    }

    private static string Redact(string authorization)
    {
        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        return (space < 0 ? authorization : authorization[..space]) + " <redacted>";
    }
}
