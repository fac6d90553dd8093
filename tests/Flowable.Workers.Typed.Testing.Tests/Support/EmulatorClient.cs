using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Testing.Tests.Support;

/// <summary>A raw HTTP client of the emulator's API: no SDK code, only paths and JSON text.</summary>
public sealed class EmulatorClient : IDisposable
{
    private readonly HttpClient _http;

    public EmulatorClient(FlowableEmulator emulator, AuthenticationHeaderValue? authorization = null)
        : this(emulator.ApiUrl.ToString(), authorization)
    {
    }

    public EmulatorClient(string apiUrl, AuthenticationHeaderValue? authorization = null)
    {
        _http = new HttpClient { BaseAddress = new Uri(apiUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = authorization;
    }

    public Task<ApiCall> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/')));

    public Task<ApiCall> PostAsync(string path, string body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/'))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

    public Task<ApiCall> PostAsync(string path, JsonNode body) => PostAsync(path, body.ToJsonString());

    public async Task<ApiCall> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new ApiCall(response.StatusCode, body, response.Headers, response.Content.Headers);
        }
    }

    /// <summary>Acquires on a topic and returns the acquired jobs (asserting 200).</summary>
    public async Task<JsonArray> AcquireAsync(string topic, string workerId = "testWorker", string lockDuration = "PT10M", int numberOfTasks = 1, string? scopeType = null)
    {
        var body = new JsonObject
        {
            ["topic"] = topic,
            ["lockDuration"] = lockDuration,
            ["numberOfTasks"] = numberOfTasks,
            ["workerId"] = workerId,
            ["scopeType"] = scopeType,
        };
        var call = await PostAsync("acquire/jobs", body);
        Assert.True(call.StatusCode == 200, $"acquire answered {call.StatusCode}: {call.Body}");
        return Assert.IsType<JsonArray>(call.Json);
    }

    public async Task<string> AcquireOneAsync(string topic, string workerId = "testWorker", string lockDuration = "PT10M")
    {
        var jobs = await AcquireAsync(topic, workerId, lockDuration);
        return Assert.Single(jobs)!["id"]!.GetValue<string>();
    }

    public void Dispose() => _http.Dispose();
}
