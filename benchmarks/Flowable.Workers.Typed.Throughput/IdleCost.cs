using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>What a subscription with default settings costs the server while there is no work: acquires per minute.</summary>
internal static class IdleCost
{
    public static async Task<double> RequestsPerMinuteAsync(TimeSpan window)
    {
        await using var emulator = await FlowableEmulator.StartNewAsync();
        await using var client = new ExternalWorkerClient(emulator.BaseUrl.ToString(), "idle-bench");
        var subscription = client.Subscribe<BenchWorker>();
        await Task.Delay(window);
        var requests = emulator.Requests.Count;
        await subscription.StopAsync();
        return requests / window.TotalMinutes;
    }
}
