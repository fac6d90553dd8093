using Flowable.Workers.Typed.EndToEnd.Tests.Infrastructure;
using Flowable.Workers.Typed.EndToEnd.Tests.Workers;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Faults;

/// <summary>Stopping workers while they are busy: no job is failed, nothing stays locked, unstarted jobs are given back.</summary>
public sealed class ShutdownUnderLoadTests
{
    private const int JobCount = 300;

    [Fact]
    public async Task Stopping_without_a_grace_period_gives_back_every_unfinished_job_and_fails_none()
    {
        await using var run = await EmulatorRun.StartAsync();
        var ledger = new SoakLedger();
        var jobIds = CreateJobs(run);
        var subscriptions = StartWorkers(run, ledger, TimeSpan.Zero);

        await run.Emulator.WaitForOutcomesAsync(30, EmulatorRun.Timeout);
        await Task.WhenAll(subscriptions.Select(s => s.StopAsync())).WaitAsync(EmulatorRun.Timeout);

        var jobs = jobIds.Select(run.Emulator.GetJob).ToList();
        Assert.All(jobs, job => Assert.DoesNotContain(job.History, e => e.Kind == EmulatorJobEventKind.Failed));
        Assert.All(jobs.Where(job => job.IsActive), job => Assert.Null(job.LockOwner));
        Assert.Contains(jobs, job => job.IsActive);
        Assert.Contains(jobs, job => job.History.Any(e => e.Kind == EmulatorJobEventKind.Unacquired));
        Assert.Equal(run.Emulator.Outcomes.Count, run.Emulator.Outcomes.Select(o => o.JobId).Distinct().Count());
        Assert.All(run.Emulator.Outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
    }

    [Fact]
    public async Task Stopping_with_a_grace_period_lets_every_started_job_finish_and_gives_back_the_rest()
    {
        await using var run = await EmulatorRun.StartAsync();
        var ledger = new SoakLedger();
        var jobIds = CreateJobs(run);
        var subscriptions = StartWorkers(run, ledger, EmulatorRun.Timeout);

        await run.Emulator.WaitForOutcomesAsync(30, EmulatorRun.Timeout);
        await Task.WhenAll(subscriptions.Select(s => s.StopAsync())).WaitAsync(EmulatorRun.Timeout);

        var jobs = jobIds.Select(run.Emulator.GetJob).ToList();
        Assert.All(jobs.Where(job => ledger.RunsOf(job.Id) > 0), job => Assert.Equal(EmulatorOutcomeKind.Completed, job.Outcome?.Kind));
        Assert.All(jobs.Where(job => job.IsActive), job =>
        {
            Assert.Null(job.LockOwner);
            Assert.Equal(0, ledger.RunsOf(job.Id));
        });
        Assert.All(jobs, job => Assert.DoesNotContain(job.History, e => e.Kind == EmulatorJobEventKind.Failed));
    }

    private static List<string> CreateJobs(EmulatorRun run) =>
        Enumerable.Range(0, JobCount).Select(n => run.Emulator.CreateBpmnJob("slow", EmulatorVariable.Integer("n", n))).ToList();

    private static List<ExternalWorkerSubscription> StartWorkers(EmulatorRun run, SoakLedger ledger, TimeSpan gracePeriod) =>
        Enumerable.Range(0, 2).Select(i =>
        {
            var options = EmulatorRun.FastOptions(maxConcurrency: 8, numberOfTasks: 8);
            options.WorkerId = $"stopping-worker-{i}";
            options.ShutdownGracePeriod = gracePeriod;
            return run.Run<SlowWorker>(options, ledger);
        }).ToList();
}
