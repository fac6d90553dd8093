using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Testing.Tests.Support;

/// <summary>A raw HTTP answer of the emulator: status, headers and the body as text and JSON.</summary>
public sealed record ApiCall(HttpStatusCode Status, string Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public int StatusCode => (int)Status;

    /// <summary>Asserts the status and that the body is structurally the given JSON.</summary>
    public void Is(int status, string expectedJson)
    {
        Assert.True(status == StatusCode, $"Expected status {status} but got {StatusCode} with body {Body}");
        JsonAssert.Equal(expectedJson, Json);
    }

    /// <summary>Asserts a Flowable error body <c>{message, exception}</c>.</summary>
    public void IsError(int status, string message, string exception) =>
        Is(status, new JsonObject { ["message"] = message, ["exception"] = exception }.ToJsonString());

    public void IsBadRequest(string exception) => IsError(400, "Bad request", exception);

    /// <summary>Asserts a status with an empty body.</summary>
    public void IsEmpty(int status)
    {
        Assert.True(status == StatusCode, $"Expected status {status} but got {StatusCode} with body {Body}");
        Assert.Equal(string.Empty, Body);
    }
}
