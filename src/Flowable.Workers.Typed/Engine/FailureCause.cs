using System.Net.Http;
using System.Net.Sockets;

namespace Flowable.Workers.Typed.Engine;

/// <summary>A failed call's cause in a few words for a log line (the exception itself goes to Debug).</summary>
internal static class FailureCause
{
    /// <summary>E.g. <c>connection refused to 127.0.0.1:9</c>, <c>Flowable answered 503 (ServiceUnavailable)</c>.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        FlowableApiException api => $"Flowable answered {(int)api.StatusCode} ({api.StatusCode})"
                                    + (api.FlowableExceptionMessage is { Length: > 0 } reason ? $": {reason}" : string.Empty),
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } refused =>
            $"connection refused to {Endpoint(refused.Message) ?? "the server"}",
        HttpRequestException { InnerException: SocketException socket } http =>
            $"{socket.Message.ToLowerInvariant()}{(Endpoint(http.Message) is { } endpoint ? $" ({endpoint})" : string.Empty)}",
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => "the connection closed before an answer came",
        HttpRequestException http => http.Message,
        OperationCanceledException or TimeoutException => "no answer within the request timeout",
        _ => exception.Message,
    };

    /// <summary>The <c>host:port</c> that .NET puts in parentheses at the end of a connection error's message.</summary>
    private static string? Endpoint(string message)
    {
        var open = message.LastIndexOf(" (", StringComparison.Ordinal);
        return open >= 0 && message.EndsWith(')') ? message[(open + 2)..^1] : null;
    }
}
