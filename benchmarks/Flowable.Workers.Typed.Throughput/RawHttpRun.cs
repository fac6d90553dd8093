using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>
/// The baseline: the plain loop a user would write on <see cref="HttpClient"/>: acquire NumberOfTasks jobs, complete each
/// in turn with a pre-serialized body, repeat; as many such loops as the row says, and no other rules.
/// </summary>
internal static class RawHttpRun
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private const string WorkerId = "raw-bench";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private static readonly byte[] CompleteBody = Encoding.UTF8.GetBytes(
        $$"""{"workerId":"{{WorkerId}}","variables":[{"name":"total","type":"bigDecimal","value":"9.99"}]}""");

    public static async Task<Measurement> RunAsync(EmulatorProcess server, Row row, int jobs, TimeSpan timeout)
    {
        var baseUrl = await server.StartRunAsync(jobs, failRate: 0);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl, "external-job-api/"), Timeout = TimeSpan.FromSeconds(30) };
        var acquireBody = Encoding.UTF8.GetBytes(
            $$"""{"topic":"{{BenchWorker.Topic}}","workerId":"{{WorkerId}}","lockDuration":"PT1M","numberOfTasks":{{row.NumberOfTasks}},"numberOfRetries":5}""");
        using var stop = new CancellationTokenSource();
        var loops = new Task[row.RawLoops];
        var measurement = await Measurement.TakeAsync(jobs, () =>
        {
            for (var i = 0; i < loops.Length; i++)
            {
                loops[i] = LoopAsync(http, acquireBody, stop.Token);
            }

            return server.WaitForOutcomesAsync(jobs, timeout);
        });
        await stop.CancelAsync();
        await Task.WhenAll(loops);
        measurement.Server.RequireEveryJobCompletedOnce(jobs, "raw HttpClient");
        return measurement;
    }

    private static async Task LoopAsync(HttpClient http, byte[] acquireBody, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var ids = await AcquireAsync(http, acquireBody);
            foreach (var id in ids)
            {
                await CompleteAsync(http, id);
            }

            if (ids.Count == 0)
            {
                await Task.Delay(PollInterval, stop).ContinueWith(static _ => { }, TaskScheduler.Default);
            }
        }
    }

    private static async Task<List<string>> AcquireAsync(HttpClient http, byte[] acquireBody)
    {
        using var content = new ByteArrayContent(acquireBody);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync("acquire/jobs", content);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        using var document = await JsonDocument.ParseAsync(body);
        var ids = new List<string>(document.RootElement.GetArrayLength());
        foreach (var job in document.RootElement.EnumerateArray())
        {
            ids.Add(job.GetProperty("id").GetString()!);
        }

        return ids;
    }

    private static async Task CompleteAsync(HttpClient http, string id)
    {
        using var content = new ByteArrayContent(CompleteBody);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync($"acquire/jobs/{id}/complete", content);
        response.EnsureSuccessStatusCode();
    }
}
