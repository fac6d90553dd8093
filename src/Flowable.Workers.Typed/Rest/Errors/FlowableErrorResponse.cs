using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Flowable.Workers.Typed.Rest;

/// <summary>Turns an error response of the external job API into the matching <see cref="FlowableApiException"/>.</summary>
internal static class FlowableErrorResponse
{
    /// <summary>Flowable's error bodies are a few hundred bytes; anything past this is not one of them.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>Refit's exception factory: null for a success status, otherwise the typed exception.</summary>
    public static async ValueTask<Exception?> CreateExceptionAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await ReadCappedAsync(response.Content).ConfigureAwait(false);
        var challenge = response.Headers.WwwAuthenticate.Count > 0 ? response.Headers.WwwAuthenticate.ToString() : null;
        return Create(response.StatusCode, DescribeRequest(response.RequestMessage), body, challenge);
    }

    /// <summary>Refit's deserialization exception factory: a success response whose body could not be read.</summary>
    public static ValueTask<Exception?> CreateDeserializationException(HttpResponseMessage response, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(response);
        var (method, path) = DescribeRequest(response.RequestMessage);
        return ValueTask.FromResult<Exception?>(
            new FlowableResponseFormatException(new FlowableApiError(response.StatusCode, method, path), cause));
    }

    public static FlowableApiException Create(
        HttpStatusCode statusCode,
        (string Method, string Path) request,
        string? body,
        string? authenticateChallenge = null)
    {
        var (message, exception) = ParseFlowableErrorBody(body);
        var error = new FlowableApiError(statusCode, request.Method, request.Path, message, exception);
        return statusCode switch
        {
            HttpStatusCode.BadRequest => new FlowableBadRequestException(error),
            HttpStatusCode.Unauthorized => new FlowableUnauthorizedException(error, authenticateChallenge),
            HttpStatusCode.Forbidden when exception?.EndsWith(FlowableLockNotHeldException.ExceptionTextSuffix, StringComparison.Ordinal) == true
                => new FlowableLockNotHeldException(error),
            HttpStatusCode.Forbidden => new FlowableForbiddenException(error),
            HttpStatusCode.NotFound => new FlowableNotFoundException(error),
            >= HttpStatusCode.InternalServerError and <= (HttpStatusCode)599 => new FlowableServerException(error),
            _ => new FlowableApiException(error),
        };
    }

    /// <summary>Reads <c>{"message": …, "exception": …}</c>; any other body (empty, HTML, another JSON shape) yields nulls.</summary>
    internal static (string? Message, string? Exception) ParseFlowableErrorBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return (StringProperty(document.RootElement, "message"), StringProperty(document.RootElement, "exception"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;

    private static (string Method, string Path) DescribeRequest(HttpRequestMessage? request) =>
        (request?.Method.Method ?? "?", request?.RequestUri is { } uri ? PathOf(uri) : "?");

    private static string PathOf(Uri uri) => uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];

    private static async Task<string?> ReadCappedAsync(HttpContent? content)
    {
        if (content is null)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // Most error bodies are empty or a few hundred bytes: a pooled buffer, not 64 KB allocated per failure.
            var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes);
            try
            {
                var length = 0;
                int read;
                while (length < MaxBodyBytes && (read = await stream.ReadAsync(buffer.AsMemory(length, MaxBodyBytes - length)).ConfigureAwait(false)) > 0)
                {
                    length += read;
                }

                return Encoding.UTF8.GetString(buffer, 0, length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
