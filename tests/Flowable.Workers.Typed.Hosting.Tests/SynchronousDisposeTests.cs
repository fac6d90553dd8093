using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Flowable.Workers.Typed.Hosting.Tests;

/// <summary>A service provider disposed synchronously stops the client it built, with its running subscriptions.</summary>
public sealed class SynchronousDisposeTests
{
    [Fact]
    public async Task Disposing_the_service_provider_synchronously_stops_the_subscriptions_and_gives_back_their_jobs()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("work");
        var services = new ServiceCollection();
        services.AddSingleton(_ => new ExternalWorkerClient(flowable.BaseUrl.ToString(), workerId: "sync-dispose"));
        var provider = services.BuildServiceProvider();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = provider.GetRequiredService<ExternalWorkerClient>().Subscribe(
            "work",
            async (job, result, ct) =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, ct);
                return result.Success();
            },
            new ExternalWorkerSubscriptionOptions { PollInterval = TimeSpan.FromMilliseconds(20) });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        provider.Dispose();

        Assert.True(subscription.Completion.IsCompletedSuccessfully);
        var job = flowable.GetJob(jobId);
        Assert.Null(job.LockOwner);
        Assert.Contains(job.History, e => e.Kind == EmulatorJobEventKind.Unacquired);
        Assert.DoesNotContain(job.History, e => e.Kind == EmulatorJobEventKind.Failed);
    }

    [Fact]
    public async Task Disposing_a_subscription_synchronously_waits_until_it_has_stopped()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new ExternalWorkerClient(flowable.BaseUrl.ToString(), workerId: "sync-dispose");
        var subscription = client.Subscribe("work", (job, result, ct) => result.Success());

        subscription.Dispose();

        Assert.True(subscription.Completion.IsCompletedSuccessfully);
        Assert.True(subscription.IsStopping);
    }
}
