using System.Diagnostics;
using System.Globalization;
using Flowable.Workers.Typed.EndToEnd.Tests.Workers;
using Flowable.Workers.Typed.Testing;
using Xunit.Abstractions;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Faults;

/// <summary>
/// Thousands of jobs through the engine while the server answers 500s, drops connections, applies requests and then
/// loses their answers, answers slowly and goes away once: at the end every job has exactly one outcome (the one its
/// mode asks for), every failed run was applied exactly once, no job ever ran twice at the same time, and the
/// subscription is still running. CI runs <see cref="DefaultJobCount"/> jobs; set <c>FLOWABLE_SOAK_JOBS</c> for more
/// (docs/benchmarks-throughput.md records a 5,000-job run).
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int DefaultJobCount = 1000;

    [Fact]
    public async Task Every_job_gets_exactly_one_outcome_and_every_failed_run_is_applied_once_under_injected_faults()
    {
        var jobCount = JobCount();
        await using var run = await EmulatedFlowable.StartAsync();
        var ledger = new SoakLedger();
        var modes = new Dictionary<string, string>();
        for (var n = 0; n < jobCount; n++)
        {
            var mode = SoakMode.All[n % SoakMode.All.Length];
            var asCase = mode != SoakMode.BpmnError && n / SoakMode.All.Length % 2 == 1;
            var definition = asCase ? EmulatorJobDefinition.Cmmn("soak", Variables(n, mode)) : EmulatorJobDefinition.Bpmn("soak", Variables(n, mode));
            modes[run.Emulator.CreateJob(definition with { Retries = 2 })] = mode;
        }

        run.Emulator.Faults.FailRequests(0.10, statusCode: 500, seed: 17);
        run.Emulator.Faults.DropConnections(0.05, seed: 19);
        run.Emulator.Faults.DropAnswers(0.05, seed: 23);
        run.Emulator.Faults.Latency = TimeSpan.FromMilliseconds(5);
        var options = EmulatedFlowable.FastOptions(maxConcurrency: 16, numberOfTasks: 16);
        options.WorkerId = "soak-worker";
        options.LockDuration = TimeSpan.FromSeconds(10);
        var clock = Stopwatch.StartNew();
        var subscription = run.Run<SoakWorker>(options, ledger);

        await run.Emulator.WaitForOutcomesAsync(jobCount / 3, EmulatedFlowable.Timeout * 5);
        await run.Emulator.StopAsync();
        await EmulatedFlowable.WaitUntilAsync(() => run.LogsWithId(14).Any(log => log.Exception is HttpRequestException), "the worker saw Flowable down");
        await run.Emulator.StartAsync();
        var outcomes = await run.Emulator.WaitForOutcomesAsync(modes.Keys, EmulatedFlowable.Timeout * 5);
        var elapsed = clock.Elapsed;

        Assert.False(subscription.Completion.IsCompleted);
        Assert.Equal(jobCount, run.Emulator.Outcomes.Count);
        Assert.Equal(jobCount, run.Emulator.Outcomes.Select(o => o.JobId).Distinct().Count());
        Assert.All(outcomes, outcome => Assert.Equal(Expected(modes[outcome.JobId]), outcome.Kind));
        Assert.DoesNotContain(run.Emulator.Jobs, job => job.IsActive);
        Assert.Equal(0, ledger.Overlaps);
        Assert.All(run.Emulator.Jobs, job => Assert.Equal(
            ledger.FailedRunsOf(job.Id),
            job.History.Count(e => e.Kind == EmulatorJobEventKind.Failed)));
        Assert.All(
            modes.Where(job => job.Value == SoakMode.FailOnceThenComplete),
            job => Assert.True(ledger.RunsOf(job.Key) >= 2, $"job {job.Key} should have run again after failing"));
        Assert.Contains(run.Emulator.Requests, r => r.StatusCode == 500);
        Assert.Contains(run.Emulator.Requests, r => r.StatusCode is null);
        Assert.Contains(run.Emulator.Requests, r => r.AnswerLost);

        var requests = run.Emulator.Requests;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{jobCount} jobs in {elapsed.TotalSeconds:F1} s ({jobCount / elapsed.TotalSeconds:F0} jobs/s, one outage included); "
            + $"{requests.Count} requests: {requests.Count(r => r.StatusCode == 500)} answered 500, "
            + $"{requests.Count(r => r.StatusCode is null)} dropped, {requests.Count(r => r.AnswerLost)} applied with the answer lost; "
            + $"{modes.Keys.Sum(ledger.RunsOf)} runs, {modes.Keys.Sum(ledger.FailedRunsOf)} failed runs, overlaps {ledger.Overlaps}"));
        await subscription.StopAsync().WaitAsync(EmulatedFlowable.Timeout);
    }

    private static int JobCount() =>
        int.TryParse(Environment.GetEnvironmentVariable("FLOWABLE_SOAK_JOBS"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : DefaultJobCount;

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
