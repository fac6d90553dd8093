namespace Flowable.Workers.Typed.Throughput;

/// <summary>What a subscription with default settings costs the server while there is no work: requests per minute.</summary>
internal static class IdleCost
{
    public static async Task<double> RequestsPerMinuteAsync(EmulatorProcess server, TimeSpan window)
    {
        var baseUrl = await server.StartRunAsync(jobs: 0, failRate: 0);
        await using var client = new ExternalWorkerClient(baseUrl.ToString(), "idle-bench");
        var subscription = client.Subscribe<BenchWorker>();
        await Task.Delay(window);
        var counts = await server.CountsAsync();
        await subscription.StopAsync();
        return counts.Requests / window.TotalMinutes;
    }
}
