using Flowable.Workers.Typed.Hosting.Tests.Infrastructure;
using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Flowable.Workers.Typed.Hosting.Tests;

public sealed class ShutdownTests
{
    private const string Topic = "hosting.gated";

    [Fact]
    public async Task Jobs_acquired_while_stopping_are_given_back_without_running()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobIds = new[] { flowable.CreateBpmnJob(Topic), flowable.CreateBpmnJob(Topic) };
        flowable.Faults.Latency = TimeSpan.FromSeconds(1);
        var gate = new HandlerGate();
        await using var host = await StartAsync(flowable, gate, gracePeriod: "PT30S");

        await Eventually.WaitAsync(() => flowable.Requests.Any(IsAcquire), "the first acquire request arrives");
        await host.Host.StopAsync();

        Assert.Empty(gate.Started);
        AssertGivenBackNotFailed(flowable, jobIds);
    }

    [Fact]
    public async Task Running_handlers_finish_within_the_grace_period_and_their_results_are_reported()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobIds = new[] { flowable.CreateBpmnJob(Topic), flowable.CreateBpmnJob(Topic) };
        var gate = new HandlerGate();
        await using var host = await StartAsync(flowable, gate, gracePeriod: "PT2M");
        await Eventually.WaitAsync(() => gate.Started.Count == 2, "both handlers run");

        var stopping = host.Host.StopAsync();
        await Eventually.WaitAsync(() => host.Logs.GetSnapshot().Any(record => record.Id.Id == 102), "the host starts stopping");
        Assert.False(stopping.IsCompleted);
        gate.Release();
        await stopping;

        Assert.Equal(jobIds.Order(), gate.Finished.Order());
        Assert.Empty(gate.Cancelled);
        Assert.All(jobIds, id => Assert.Equal(EmulatorOutcomeKind.Completed, flowable.GetJob(id).Outcome?.Kind));
    }

    [Fact]
    public async Task Handlers_still_running_after_the_grace_period_are_cancelled_and_their_jobs_given_back()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobIds = new[] { flowable.CreateBpmnJob(Topic), flowable.CreateBpmnJob(Topic) };
        var gate = new HandlerGate();
        await using var host = await StartAsync(flowable, gate, gracePeriod: "00:00:00.200");
        await Eventually.WaitAsync(() => gate.Started.Count == 2, "both handlers run");

        await host.Host.StopAsync();

        Assert.Equal(jobIds.Order(), gate.Cancelled.Order());
        Assert.Empty(gate.Finished);
        AssertGivenBackNotFailed(flowable, jobIds);
    }

    [Fact]
    public async Task Without_unacquire_endpoints_the_jobs_are_left_to_their_lock_and_not_failed()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { SupportsUnacquire = false });
        var jobId = flowable.CreateBpmnJob(Topic);
        var gate = new HandlerGate();
        await using var host = await StartAsync(flowable, gate, gracePeriod: "00:00:00.100");
        await Eventually.WaitAsync(() => gate.Started.Count == 1, "the handler runs");

        await host.Host.StopAsync();

        var job = flowable.GetJob(jobId);
        Assert.True(job.IsActive);
        Assert.Equal(WorkerHost.WorkerId, job.LockOwner);
        Assert.DoesNotContain(job.History, change => change.Kind == EmulatorJobEventKind.Failed);
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Id.Id == 41 && record.Message.Contains(jobId, StringComparison.Ordinal));
    }

    private static Task<WorkerHost> StartAsync(FlowableEmulator flowable, HandlerGate gate, string gracePeriod) =>
        WorkerHost.StartAsync(
            flowable,
            [ExternalWorkerDefinition.For<GatedWorker>()],
            new Dictionary<string, string?> { ["Flowable:ShutdownGracePeriod"] = gracePeriod },
            services => services.AddSingleton(gate));

    private static bool IsAcquire(RecordedRequest request) => request.PathAndQuery.EndsWith("/acquire/jobs", StringComparison.Ordinal);

    private static void AssertGivenBackNotFailed(FlowableEmulator flowable, IEnumerable<string> jobIds)
    {
        foreach (var jobId in jobIds)
        {
            var job = flowable.GetJob(jobId);
            Assert.True(job.IsActive);
            Assert.Null(job.LockOwner);
            Assert.Equal(3, job.Retries);
            Assert.Equal(EmulatorJobEventKind.Unacquired, job.History[^1].Kind);
            Assert.DoesNotContain(job.History, change => change.Kind == EmulatorJobEventKind.Failed);
        }
    }
}
