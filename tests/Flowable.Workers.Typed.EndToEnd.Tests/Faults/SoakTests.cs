using Flowable.Workers.Typed.EndToEnd.Tests.Workers;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Faults;

/// <summary>
/// Thousands of jobs through several workers while the server answers errors, drops connections and goes away once:
/// at the end every job has exactly one outcome, the one its mode asks for, and every worker is still running.
/// </summary>
public sealed class SoakTests
{
    private const int JobCount = 2000;
    private const int WorkerCount = 3;

    [Fact]
    public async Task Every_job_gets_exactly_one_outcome_under_injected_faults_and_every_worker_keeps_running()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var ledger = new SoakLedger();
        var modes = new Dictionary<string, string>();
        for (var n = 0; n < JobCount; n++)
        {
            var mode = SoakMode.All[n % SoakMode.All.Length];
            var asCase = mode != SoakMode.BpmnError && n / SoakMode.All.Length % 2 == 1;
            var definition = asCase ? EmulatorJobDefinition.Cmmn("soak", Variables(n, mode)) : EmulatorJobDefinition.Bpmn("soak", Variables(n, mode));
            modes[run.Emulator.CreateJob(definition with { Retries = 2 })] = mode;
        }

        run.Emulator.Faults.FailRequests(0.05, statusCode: 503, seed: 17);
        run.Emulator.Faults.DropConnections(0.03, seed: 19);
        var subscriptions = Enumerable.Range(0, WorkerCount).Select(i =>
        {
            var options = EmulatedFlowable.FastOptions(maxConcurrency: 4, numberOfTasks: 4);
            options.WorkerId = $"soak-worker-{i}";
            options.LockDuration = TimeSpan.FromSeconds(5);
            return run.Run<SoakWorker>(options, ledger);
        }).ToList();

        await run.Emulator.WaitForOutcomesAsync(JobCount / 3, EmulatedFlowable.Timeout);
        await run.Emulator.StopAsync();
        await EmulatedFlowable.WaitUntilAsync(() => run.LogsWithId(14).Count(log => log.Exception is HttpRequestException) >= WorkerCount, "every worker saw Flowable down");
        await run.Emulator.StartAsync();
        var outcomes = await run.Emulator.WaitForOutcomesAsync(modes.Keys, EmulatedFlowable.Timeout);

        Assert.All(subscriptions, subscription => Assert.False(subscription.Completion.IsCompleted));
        Assert.Equal(JobCount, run.Emulator.Outcomes.Count);
        Assert.Equal(JobCount, run.Emulator.Outcomes.Select(o => o.JobId).Distinct().Count());
        Assert.All(outcomes, outcome => Assert.Equal(Expected(modes[outcome.JobId]), outcome.Kind));
        Assert.DoesNotContain(run.Emulator.Jobs, job => job.IsActive);
        var accepted = run.Emulator.Requests.Count(r => r.StatusCode == 204 && r.PathAndQuery.EndsWith("/complete", StringComparison.Ordinal));
        Assert.Equal(outcomes.Count(o => o.Kind == EmulatorOutcomeKind.Completed), accepted);
        Assert.All(
            modes.Where(job => job.Value == SoakMode.FailOnceThenComplete),
            job => Assert.True(ledger.RunsOf(job.Key) >= 2, $"job {job.Key} should have run again after failing"));
        Assert.Contains(run.Emulator.Requests, r => r.StatusCode == 503);
        Assert.Contains(run.Emulator.Requests, r => r.StatusCode is null);

        foreach (var subscription in subscriptions)
        {
            await subscription.StopAsync().WaitAsync(EmulatedFlowable.Timeout);
        }
    }

    private static EmulatorVariable[] Variables(int n, string mode) =>
    [
        EmulatorVariable.Integer("n", n),
        EmulatorVariable.String("mode", mode),
        EmulatorVariable.BigDecimal("amount", n + 0.5m),
    ];

    private static EmulatorOutcomeKind Expected(string mode) => mode switch
    {
        SoakMode.BpmnError => EmulatorOutcomeKind.BpmnError,
        SoakMode.DeadLetter => EmulatorOutcomeKind.DeadLettered,
        _ => EmulatorOutcomeKind.Completed,
    };
}
