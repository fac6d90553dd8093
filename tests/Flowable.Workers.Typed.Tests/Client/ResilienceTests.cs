using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Tests.Client;

public sealed class ResilienceTests
{
    [Fact]
    public async Task The_subscription_survives_Flowable_going_away_and_processes_jobs_after_it_comes_back_on_the_same_port()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => null, EmulatedFlowable.FastOptions());
        var before = flowable.Emulator.CreateBpmnJob("work");
        await flowable.Emulator.WaitForOutcomeAsync(before, EmulatedFlowable.Timeout);

        await flowable.Emulator.StopAsync();
        await EmulatedFlowable.WaitUntilAsync(
            () => flowable.Logs.GetSnapshot().Count(log => log.Id.Id == 14) >= 2, "acquires failed at least twice");
        await flowable.Emulator.StartAsync();
        var after = flowable.Emulator.CreateBpmnJob("work");
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(after, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.False(subscription.Completion.IsCompleted);
        var failure = flowable.Logs.GetSnapshot().First(log => log.Id.Id == 11);
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.StartsWith("Acquiring jobs on topic 'work' failed: ", failure.Message, StringComparison.Ordinal);
        Assert.Null(failure.Exception);
    }

    [Fact]
    public async Task Server_errors_and_dropped_connections_are_retried_until_every_job_is_done()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobIds = Enumerable.Range(0, 8).Select(i => flowable.Emulator.CreateBpmnJob("work", EmulatorVariable.Integer("n", i))).ToList();
        flowable.Emulator.Faults.FailRequests(0.3, statusCode: 503, seed: 7);
        flowable.Emulator.Faults.DropConnections(0.2, seed: 11);

        await using var subscription = flowable.Client.Subscribe(
            "work",
            (job, result, ct) => result.Success().Variable("square", job.GetVariable<int>("n") * job.GetVariable<int>("n")),
            EmulatedFlowable.FastOptions(maxConcurrency: 2, numberOfTasks: 2));
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync(jobIds, EmulatedFlowable.Timeout);

        Assert.All(outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.Equal(EmulatorVariable.Integer("square", 49), outcomes[7].Variable("square"));
        Assert.Contains(flowable.Emulator.Requests, request => request.StatusCode == 503);
    }

    [Fact]
    public async Task A_result_computed_after_the_lock_expired_is_not_sent_and_the_job_is_done_when_acquired_again()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("slow");
        var options = EmulatedFlowable.FastOptions();
        options.LockDuration = TimeSpan.FromSeconds(2);
        var runs = 0;

        await using var subscription = flowable.Client.Subscribe(
            "slow",
            async (job, result, ct) =>
            {
                if (Interlocked.Increment(ref runs) == 1)
                {
                    await EmulatedFlowable.WaitUntilAsync(() => flowable.Emulator.GetJob(job.Id).LockOwner is null, "the lock expired");
                }

                return result.Success();
            },
            options);
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal([204], flowable.RequestsTo($"/acquire/jobs/{jobId}/complete").Select(r => r.StatusCode));
        var late = Assert.Single(flowable.Logs.GetSnapshot(), log => log.Id.Id == 23);
        Assert.Equal(LogLevel.Warning, late.Level);
        Assert.DoesNotContain(flowable.Logs.GetSnapshot(), log => log.Id.Id == 33);
        Assert.Equal(2, runs);
    }
}
