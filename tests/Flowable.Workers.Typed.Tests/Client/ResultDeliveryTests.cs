using System.Net;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Tests.Client;

/// <summary>How results reach Flowable: retried on transient errors, dropped on a lost lock, within a request timeout.</summary>
public sealed class ResultDeliveryTests
{
    [Fact]
    public async Task A_completion_answered_with_server_errors_is_retried_until_Flowable_takes_it()
    {
        var failures = 0;
        var flaky = new InterceptingHandler
        {
            Intercept = (path, _) => path.EndsWith("/complete", StringComparison.Ordinal) && Interlocked.Increment(ref failures) <= 3
                ? new HttpResponseMessage(HttpStatusCode.BadGateway)
                : null,
        };
        await using var flowable = await EmulatedFlowable.StartAsync(configureClient: client => client.HttpMessageHandler = flaky);
        var jobId = flowable.Emulator.CreateBpmnJob("work");

        await using var subscription = flowable.Client.Subscribe(
            "work", (job, result, ct) => result.Success().Variable("done", true), EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(EmulatorVariable.Boolean("done", true), outcome.Variable("done"));
        Assert.Equal(3, flaky.Intercepted);
        var retries = flowable.Logs.GetSnapshot().Where(log => log.Id.Id == 31).ToList();
        Assert.Equal(3, retries.Count);
        Assert.All(
            retries.Take(2),
            retry => Assert.Equal($"Reporting Complete for job {jobId} failed: Flowable answered 502 (BadGateway); retrying at once", retry.Message));
        Assert.Matches($@"^Reporting Complete for job {jobId} failed: Flowable answered 502 \(BadGateway\); retrying in \d+ ms$", retries[2].Message);
    }

    [Fact]
    public async Task A_404_on_completion_is_logged_as_a_lost_lock_and_not_retried()
    {
        var gone = new InterceptingHandler
        {
            Intercept = (path, _) => path.EndsWith("/complete", StringComparison.Ordinal) ? new HttpResponseMessage(HttpStatusCode.NotFound) : null,
        };
        await using var flowable = await EmulatedFlowable.StartAsync(configureClient: client => client.HttpMessageHandler = gone);
        var jobId = flowable.Emulator.CreateBpmnJob("work");

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => null, EmulatedFlowable.FastOptions());
        await EmulatedFlowable.WaitUntilAsync(() => flowable.Logs.GetSnapshot().Any(log => log.Id.Id == 33), "the lost lock is logged");
        await subscription.StopAsync().WaitAsync(EmulatedFlowable.Timeout);

        Assert.Equal(1, gone.Intercepted);
        var log = Assert.Single(flowable.Logs.GetSnapshot(), record => record.Id.Id == 33);
        Assert.Equal(LogLevel.Warning, log.Level);
        Assert.StartsWith($"Lost the lock on job {jobId} before reporting Complete", log.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(flowable.Logs.GetSnapshot(), record => record.Id.Id is 31 or 32);
        Assert.Equal(EmulatedFlowable.WorkerId, flowable.Emulator.GetJob(jobId).LockOwner);
    }

    [Fact]
    public async Task A_400_saying_the_worker_holds_no_lock_is_a_lost_lock_logged_once_with_no_further_call()
    {
        var raced = new InterceptingHandler
        {
            Intercept = (path, _) => path.EndsWith("/complete", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.BadRequest)
                {
                    Content = new StringContent(
                        $$"""{"message":"Bad request","exception":"{{EmulatedFlowable.WorkerId}} does not hold a lock on the requested job"}""",
                        System.Text.Encoding.UTF8,
                        "application/json"),
                }
                : null,
        };
        await using var flowable = await EmulatedFlowable.StartAsync(configureClient: client => client.HttpMessageHandler = raced);
        var jobId = flowable.Emulator.CreateBpmnJob("work");

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => null, EmulatedFlowable.FastOptions());
        await EmulatedFlowable.WaitUntilAsync(() => flowable.Logs.GetSnapshot().Any(log => log.Id.Id == 33), "the lost lock is logged");
        await subscription.StopAsync().WaitAsync(EmulatedFlowable.Timeout);

        Assert.Equal(1, raced.Intercepted);
        var log = Assert.Single(flowable.Logs.GetSnapshot(), record => record.Id.Id == 33);
        Assert.Equal(
            $"Lost the lock on job {jobId} before reporting Complete (the lock expired or the job is gone): {EmulatedFlowable.WorkerId} does not hold a lock on the requested job",
            log.Message);
        Assert.Empty(flowable.RequestsTo($"/acquire/jobs/{jobId}/fail"));
        Assert.DoesNotContain(flowable.Logs.GetSnapshot(), record => record.Id.Id is 31 or 32 or 34);
    }

    [Fact]
    public async Task A_request_that_outlasts_the_request_timeout_is_abandoned_and_retried()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(
            configureClient: client => client.RequestTimeout = TimeSpan.FromMilliseconds(200));
        flowable.Emulator.Faults.Latency = TimeSpan.FromMinutes(5);
        var jobId = flowable.Emulator.CreateBpmnJob("work");

        await using var subscription = flowable.Client.Subscribe("work", (job, result, ct) => null, EmulatedFlowable.FastOptions());
        await EmulatedFlowable.WaitUntilAsync(() => flowable.Logs.GetSnapshot().Any(log => log.Id.Id == 11), "an acquire timed out");
        flowable.Emulator.Faults.Latency = TimeSpan.Zero;
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        var timedOut = flowable.Logs.GetSnapshot().First(log => log.Id.Id == 11);
        Assert.Equal("Acquiring jobs on topic 'work' failed: no answer within the request timeout; retrying at once", timedOut.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(flowable.Logs.GetSnapshot().First(log => log.Id.Id == 14).Exception);
    }

    [Fact]
    public async Task A_server_that_answers_unacquire_with_405_is_treated_as_one_without_the_endpoint()
    {
        var old = new InterceptingHandler
        {
            Intercept = (path, _) => path.Contains("/unacquire/", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.MethodNotAllowed)
                : null,
        };
        await using var flowable = await EmulatedFlowable.StartAsync(configureClient: client => client.HttpMessageHandler = old);
        var jobId = flowable.Emulator.CreateBpmnJob("work");

        await flowable.StopWhileAJobRunsAsync("work");

        Assert.Equal(1, old.Intercepted);
        Assert.Contains(flowable.Logs.GetSnapshot(), log => log.Id.Id == 41 && log.Message.Contains(jobId, StringComparison.Ordinal));
        Assert.DoesNotContain(flowable.Logs.GetSnapshot(), log => log.Id.Id == 42);
        Assert.DoesNotContain(flowable.Emulator.GetJob(jobId).History, e => e.Kind == EmulatorJobEventKind.Failed);
    }
}
