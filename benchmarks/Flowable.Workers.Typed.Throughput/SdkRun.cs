namespace Flowable.Workers.Typed.Throughput;

/// <summary>The SDK as a user runs it: the generated <see cref="BenchWorker"/> subscribed through <see cref="ExternalWorkerClient"/>.</summary>
internal static class SdkRun
{
    public static async Task<Measurement> RunAsync(EmulatorProcess server, Row row, int jobs, double failRate, TimeSpan timeout)
    {
        var baseUrl = await server.StartRunAsync(jobs, failRate);
        await using var client = new ExternalWorkerClient(baseUrl.ToString(), "sdk-bench");
        var options = new ExternalWorkerSubscriptionOptions
        {
            NumberOfTasks = row.NumberOfTasks,
            MaxConcurrency = row.MaxConcurrency,
            PollInterval = RawHttpRun.PollInterval,
        };

        ExternalWorkerSubscription? subscription = null;
        var measurement = await Measurement.TakeAsync(jobs, () =>
        {
            subscription = client.Subscribe<BenchWorker>(options: options);
            return server.WaitForOutcomesAsync(jobs, timeout);
        });
        await subscription!.StopAsync();
        measurement.Server.RequireEveryJobCompletedOnce(jobs, "SDK");
        return measurement;
    }
}
