using Flowable.Workers.Typed.EndToEnd.Tests.Workers;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Faults;

/// <summary>Stopping workers while they are busy: no job is failed, nothing stays locked, unfinished jobs are given back.</summary>
public sealed class ShutdownUnderLoadTests
{
    private const int JobCount = 300;
    private const int FirstHeldJob = 30;
    private const int Workers = 2;
    private const int SlotsPerWorker = 8;

    [Fact]
    public async Task Stopping_without_a_grace_period_cancels_the_running_handlers_gives_their_jobs_back_and_fails_none()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var ledger = new SoakLedger();
        var gate = new StopGate(FirstHeldJob);
        var jobIds = CreateJobs(run);
        var subscriptions = StartWorkers(run, ledger, gate, TimeSpan.Zero);

        await EmulatedFlowable.WaitUntilAsync(() => gate.Waiting == Workers * SlotsPerWorker, "every slot holds a running handler");
        await Task.WhenAll(subscriptions.Select(s => s.StopAsync())).WaitAsync(EmulatedFlowable.Timeout);

        var jobs = jobIds.Select(run.Emulator.GetJob).ToList();
        var started = jobs.Where(job => ledger.RunsOf(job.Id) > 0).ToList();
        Assert.All(jobs, job => Assert.DoesNotContain(job.History, e => e.Kind == EmulatorJobEventKind.Failed));
        Assert.All(jobs.Where(job => job.IsActive), job => Assert.Null(job.LockOwner));
        Assert.Equal(FirstHeldJob, run.Emulator.Outcomes.Count);
        Assert.All(run.Emulator.Outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.Equal(Workers * SlotsPerWorker, started.Count(job => job.IsActive));
        Assert.All(started.Where(job => job.IsActive), job => Assert.Equal(EmulatorJobEventKind.Unacquired, job.History[^1].Kind));
    }

    [Fact]
    public async Task Stopping_with_a_grace_period_lets_the_running_handlers_finish_and_report()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var ledger = new SoakLedger();
        var gate = new StopGate(FirstHeldJob);
        var jobIds = CreateJobs(run);
        var subscriptions = StartWorkers(run, ledger, gate, EmulatedFlowable.Timeout);

        await EmulatedFlowable.WaitUntilAsync(() => gate.Waiting == Workers * SlotsPerWorker, "every slot holds a running handler");
        var stopping = Task.WhenAll(subscriptions.Select(s => s.StopAsync()));
        Assert.All(subscriptions, subscription => Assert.True(subscription.IsStopping));
        gate.Open();
        await stopping.WaitAsync(EmulatedFlowable.Timeout);

        var jobs = jobIds.Select(run.Emulator.GetJob).ToList();
        Assert.Equal(FirstHeldJob + (Workers * SlotsPerWorker), run.Emulator.Outcomes.Count);
        Assert.All(jobs.Where(job => ledger.RunsOf(job.Id) > 0), job => Assert.Equal(EmulatorOutcomeKind.Completed, job.Outcome?.Kind));
        Assert.All(jobs.Where(job => job.IsActive), job =>
        {
            Assert.Null(job.LockOwner);
            Assert.Equal(0, ledger.RunsOf(job.Id));
        });
        Assert.All(jobs, job => Assert.DoesNotContain(job.History, e => e.Kind == EmulatorJobEventKind.Failed));
    }

    private static List<string> CreateJobs(EmulatedFlowable run) =>
        Enumerable.Range(0, JobCount).Select(n => run.Emulator.CreateBpmnJob("slow", EmulatorVariable.Integer("n", n))).ToList();

    private static List<ExternalWorkerSubscription> StartWorkers(EmulatedFlowable run, SoakLedger ledger, StopGate gate, TimeSpan gracePeriod) =>
        Enumerable.Range(0, Workers).Select(i =>
        {
            var options = EmulatedFlowable.FastOptions(maxConcurrency: SlotsPerWorker, numberOfTasks: SlotsPerWorker);
            options.WorkerId = $"stopping-worker-{i}";
            options.ShutdownGracePeriod = gracePeriod;
            return run.Run<SlowWorker>(options, ledger, gate);
        }).ToList();
}
