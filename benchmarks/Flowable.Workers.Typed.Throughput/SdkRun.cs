using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>The SDK at work: the generated <see cref="BenchWorker"/> subscribed through <see cref="ExternalWorkerClient"/>.</summary>
internal static class SdkRun
{
    public static async Task<Measurement> RunAsync(Setting setting, int jobs, TimeSpan timeout)
    {
        await using var emulator = await FlowableEmulator.StartNewAsync();
        BenchJobs.Create(emulator, jobs);
        await using var client = new ExternalWorkerClient(emulator.BaseUrl.ToString(), "sdk-bench");
        var options = new ExternalWorkerSubscriptionOptions
        {
            MaxConcurrency = setting.MaxConcurrency,
            NumberOfTasks = setting.NumberOfTasks,
            PollInterval = RawHttpRun.PollInterval,
        };

        ExternalWorkerSubscription? subscription = null;
        var measurement = await Measurement.TakeAsync(jobs, async () =>
        {
            subscription = client.Subscribe<BenchWorker>(options: options);
            await emulator.WaitForOutcomesAsync(jobs, timeout);
        });
        await subscription!.StopAsync();
        OutcomeCheck.EveryJobCompletedOnce(emulator, jobs, "SDK");
        return measurement with { Acquires = BenchJobs.AcquiresSent(emulator) };
    }
}
