using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Testing.Server;

/// <summary>What the API answers: a status and, unless the body is empty, JSON.</summary>
internal sealed record ApiResponse(int StatusCode, JsonNode? Body)
{
    public static ApiResponse Ok(JsonNode body) => new(200, body);

    public static ApiResponse NoContent { get; } = new(204, null);

    public static ApiResponse Empty(int statusCode) => new(statusCode, null);

    public static ApiResponse Error(int statusCode, string category, string? detail)
    {
        var body = new JsonObject { ["message"] = category };
        if (detail is not null)
        {
            body["exception"] = detail;
        }

        return new(statusCode, body);
    }
}
