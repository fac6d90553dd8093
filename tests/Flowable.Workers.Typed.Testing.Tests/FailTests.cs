using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>E5 and §6: retries, retry timeout and the dead letter.</summary>
public sealed class FailTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_bare_failure_decrements_retries_and_unlocks_at_once(bool cmmn)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = cmmn ? flowable.CreateCmmnJob("simple") : flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync($"acquire/jobs/{jobId}/fail", """{"workerId":"testWorker"}""")).IsEmpty(204);

        JsonAssert.Contains(
            """{"retries":2,"lockOwner":null,"lockExpirationTime":null,"exceptionMessage":null}""",
            (await client.GetAsync($"jobs/{jobId}")).Json);
        Assert.Single(await client.AcquireAsync("simple", "otherWorker"));
    }

    [Fact]
    public async Task Every_field_null_behaves_like_a_bare_failure_as_recorded()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync(
            $"acquire/jobs/{jobId}/fail",
            """{"workerId":"testWorker","errorMessage":null,"errorDetails":null,"retries":null,"retryTimeout":null}""")).IsEmpty(204);

        JsonAssert.Contains("""{"retries":2,"lockOwner":null,"lockExpirationTime":null}""", (await client.GetAsync($"jobs/{jobId}")).Json);
    }

    [Fact]
    public async Task Custom_values_set_retries_message_and_a_retry_timeout_that_keeps_the_job_locked_without_owner()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync(
            $"acquire/jobs/{jobId}/fail",
            """{"workerId":"testWorker","errorMessage":"Error message","errorDetails":"Error details","retries":10,"retryTimeout":"PT30M"}"""))
            .IsEmpty(204);

        JsonAssert.Contains(
            """{"retries":10,"lockOwner":null,"lockExpirationTime":"2020-05-08T09:55:45.583Z","exceptionMessage":"Error message"}""",
            (await client.GetAsync($"jobs/{jobId}")).Json);
        Assert.Empty(await client.AcquireAsync("simple"));
        var failed = flowable.GetJob(jobId).History[^1];
        Assert.Equal(EmulatorJobEventKind.Failed, failed.Kind);
        Assert.Equal(("Error message", "Error details", 10, 10, TimeSpan.FromMinutes(30)),
            (failed.ErrorMessage, failed.ErrorDetails, failed.RequestedRetries, failed.Retries, failed.RetryTimeout));
        Assert.Equal("Error details", flowable.GetJob(jobId).ErrorDetails);
    }

    [Fact]
    public async Task A_retry_timeout_ends_only_when_the_sweep_runs_after_it()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");
        (await client.PostAsync($"acquire/jobs/{jobId}/fail", """{"workerId":"testWorker","retryTimeout":"PT5M"}""")).IsEmpty(204);

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, flowable.SweepExpiredLocks());
        Assert.Empty(await client.AcquireAsync("simple"));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Empty(await client.AcquireAsync("simple"));
        Assert.Equal(1, flowable.SweepExpiredLocks());

        var job = Assert.Single(await client.AcquireAsync("simple", "secondWorker"));
        Assert.Equal(2, job!["retries"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_omitted_error_message_clears_the_previous_one()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");
        await client.PostAsync($"acquire/jobs/{jobId}/fail", """{"workerId":"testWorker","errorMessage":"first"}""");
        await client.AcquireOneAsync("simple");

        await client.PostAsync($"acquire/jobs/{jobId}/fail", """{"workerId":"testWorker"}""");

        JsonAssert.Contains("""{"retries":1,"exceptionMessage":null}""", (await client.GetAsync($"jobs/{jobId}")).Json);
    }

    [Theory]
    [InlineData("""{"workerId":"testWorker","retries":0,"errorMessage":"boom","errorDetails":"stack"}""", 3)]
    [InlineData("""{"workerId":"testWorker","errorMessage":"boom","errorDetails":"stack"}""", 1)]
    [InlineData("""{"workerId":"testWorker","retries":-5,"errorMessage":"boom","errorDetails":"stack"}""", 1)]
    public async Task A_failure_without_retries_left_dead_letters_the_job(string failure, int startRetries)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateJob(EmulatorJobDefinition.Bpmn("simple") with { Retries = startRetries });
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync($"acquire/jobs/{jobId}/fail", failure)).IsEmpty(204);

        (await client.GetAsync($"jobs/{jobId}")).IsError(404, "Not found", $"Could not find external worker job with id '{jobId}'.");
        Assert.Empty(await client.AcquireAsync("simple"));
        var outcome = await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10));
        Assert.Equal(
            (EmulatorOutcomeKind.DeadLettered, "testWorker", "boom", "stack"),
            (outcome.Kind, outcome.WorkerId, outcome.ErrorMessage, outcome.ErrorDetails));
        var job = flowable.GetJob(jobId);
        Assert.True(job.IsDeadLettered);
        Assert.Equal("boom", job.ExceptionMessage);
        Assert.Equal(
            [EmulatorJobEventKind.Created, EmulatorJobEventKind.Acquired, EmulatorJobEventKind.Failed, EmulatorJobEventKind.DeadLettered],
            job.History.Select(e => e.Kind));
    }

    [Fact]
    public async Task Failures_that_leave_retries_are_visible_in_the_history_until_the_job_completes()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple", "w1");
        await client.PostAsync($"acquire/jobs/{jobId}/fail", """{"workerId":"w1","errorMessage":"first try"}""");
        await client.AcquireOneAsync("simple", "w2");

        await client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"w2"}""");

        var outcome = await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10));
        Assert.Equal(("w2", EmulatorOutcomeKind.Completed), (outcome.WorkerId, outcome.Kind));
        var failure = Assert.Single(flowable.GetJob(jobId).History, e => e.Kind == EmulatorJobEventKind.Failed);
        Assert.Equal(("w1", "first try", 2), (failure.WorkerId, failure.ErrorMessage, failure.Retries));
    }

    [Theory]
    [InlineData("""{"workerId":"testWorker","retryTimeout":"P1M"}""")]
    [InlineData("""{"workerId":"testWorker","retries":"three"}""")]
    public async Task Unreadable_failure_fields_are_parse_errors_and_change_nothing(string failure)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        var call = await client.PostAsync($"acquire/jobs/{jobId}/fail", failure);

        Assert.Equal(400, call.StatusCode);
        Assert.StartsWith("JSON parse error: ", call.Json!["exception"]!.GetValue<string>(), StringComparison.Ordinal);
        var job = flowable.GetJob(jobId);
        Assert.Equal((3, "testWorker"), (job.Retries, job.LockOwner));
    }
}
