using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;

namespace Flowable.Workers.Typed.Testing.Server;

/// <summary>
/// The requests received, oldest first, each logged on arrival and given its status when answered;
/// <c>Authorization</c> values are reduced to their scheme.
/// </summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<StrongBox<RecordedRequest>> _requests = [];

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests.Select(entry => entry.Value!)];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    /// <summary>Logs a request on arrival; call <see cref="Answered"/> with the returned entry once it is answered.</summary>
    public StrongBox<RecordedRequest> Received(HttpRequest request, string body)
    {
        var headers = request.Headers.ToDictionary(
            header => header.Key,
            header => string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase)
                ? Redact(header.Value.ToString())
                : header.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        var entry = new StrongBox<RecordedRequest>(
            new RecordedRequest(request.Method, request.Path.Value + request.QueryString.Value, body, headers, StatusCode: null));
        lock (_gate)
        {
            _requests.Add(entry);
        }

        return entry;
    }

    public void Answered(StrongBox<RecordedRequest> entry, int statusCode)
    {
        lock (_gate)
        {
            entry.Value = entry.Value! with { StatusCode = statusCode };
        }
    }

    /// <summary>Records the status a request was served with although its answer was never sent.</summary>
    public void AnswerLost(StrongBox<RecordedRequest> entry, int statusCode)
    {
        lock (_gate)
        {
            entry.Value = entry.Value! with { StatusCode = statusCode, AnswerLost = true };
        }
    }

    private static string Redact(string authorization)
    {
        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        return (space < 0 ? authorization : authorization[..space]) + " <redacted>";
    }
}
