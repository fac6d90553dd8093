using Flowable.Workers.Typed.EndToEnd.Tests.Workers;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Faults;

/// <summary>A Flowable that answers 500s, closes connections or goes away for a while: every job is still done exactly once.</summary>
public sealed class ServerFaultTests
{
    private const int JobCount = 40;

    public static TheoryData<string> Faults => new() { "500s", "closed connections", "slow answers" };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Under_a_flaky_server_every_job_gets_exactly_one_outcome_and_the_subscription_keeps_running(string fault)
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var ledger = new SoakLedger();
        var jobIds = CreateJobs(run);
        switch (fault)
        {
            case "500s":
                run.Emulator.Faults.FailRequests(0.4, statusCode: 500, seed: 3);
                break;
            case "closed connections":
                run.Emulator.Faults.DropConnections(0.3, seed: 5);
                break;
            default:
                run.Emulator.Faults.Latency = TimeSpan.FromMilliseconds(30);
                break;
        }

        await using var subscription = run.Run<SoakWorker>(EmulatedFlowable.FastOptions(maxConcurrency: 4, numberOfTasks: 4), ledger);
        var outcomes = await run.Emulator.WaitForOutcomesAsync(jobIds, EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.Equal(JobCount, run.Emulator.Outcomes.Select(o => o.JobId).Distinct().Count());
        Assert.Equal(JobCount, run.Emulator.Outcomes.Count);
        Assert.False(subscription.Completion.IsCompleted);
        if (fault != "slow answers")
        {
            Assert.NotEmpty(run.LogsWithId(11));
        }
    }

    [Fact]
    public async Task When_Flowable_is_down_for_a_while_the_worker_retries_and_finishes_every_job_after_it_returns()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var ledger = new SoakLedger();
        var jobIds = CreateJobs(run);

        await using var subscription = run.Run<SoakWorker>(EmulatedFlowable.FastOptions(maxConcurrency: 4, numberOfTasks: 4), ledger);
        await run.Emulator.WaitForOutcomesAsync(5, EmulatedFlowable.Timeout);
        await run.Emulator.StopAsync();
        // Failed acquires (event 14) or failed reports (event 38): with jobs in the local buffer the worker may not
        // acquire at all while Flowable is down, only retry its reports.
        int FailedCalls() => run.LogsWithId(14).Count + run.LogsWithId(38).Count;
        var failuresBefore = FailedCalls();
        await EmulatedFlowable.WaitUntilAsync(() => FailedCalls() >= failuresBefore + 3, "calls failed while Flowable was down");
        await run.Emulator.StartAsync();
        var outcomes = await run.Emulator.WaitForOutcomesAsync(jobIds, EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.Equal(JobCount, run.Emulator.Outcomes.Count);
        Assert.False(subscription.Completion.IsCompleted);
    }

    private static List<string> CreateJobs(EmulatedFlowable run) =>
        Enumerable.Range(0, JobCount)
            .Select(n => run.Emulator.CreateBpmnJob(
                "soak",
                EmulatorVariable.Integer("n", n),
                EmulatorVariable.String("mode", SoakMode.Complete),
                EmulatorVariable.BigDecimal("amount", n + 0.25m)))
            .ToList();
}
