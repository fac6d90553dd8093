using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Testing;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Client;

/// <summary>The calls a worker makes itself, at parity with the official Python client, against the emulator.</summary>
public sealed class LowLevelClientTests
{
    [Fact]
    public async Task Acquire_then_complete_with_variables()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("orders", EmulatorVariable.String("customer", "Ada"));

        var jobs = await flowable.Client.AcquireJobsAsync("orders", TimeSpan.FromSeconds(10));
        await flowable.Client.CompleteJobAsync(jobs[0].Id, [VariableWriter.Int32("total", 42)]);

        var job = Assert.Single(jobs);
        Assert.Equal(jobId, job.Id);
        Assert.Equal(EmulatedFlowable.WorkerId, job.LockOwner);
        Assert.Equal("Ada", job.GetVariable<string>("customer"));
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);
        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(EmulatorVariable.Integer("total", 42), outcome.Variable("total"));
        var acquire = flowable.RequestsTo("/acquire/jobs")[0].JsonBody!;
        Assert.Equal("PT10S", (string?)acquire["lockDuration"]);
        Assert.Equal(EmulatedFlowable.WorkerId, (string?)acquire["workerId"]);
    }

    [Fact]
    public async Task Acquire_returns_an_empty_list_when_there_is_no_job()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();

        Assert.Empty(await flowable.Client.AcquireJobsAsync("nothing-here"));
    }

    [Fact]
    public async Task Bpmn_error_and_cmmn_terminate()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var process = flowable.Emulator.CreateBpmnJob("mixed");
        var @case = flowable.Emulator.CreateCmmnJob("mixed");

        var jobs = await flowable.Client.AcquireJobsAsync("mixed", numberOfTasks: 2);
        await flowable.Client.BpmnErrorAsync(process, "errorCode1", [VariableWriter.Boolean("handled", true)]);
        await flowable.Client.CmmnTerminateAsync(@case);

        Assert.Equal(2, jobs.Count);
        var outcomes = await flowable.Emulator.WaitForOutcomesAsync([process, @case], EmulatedFlowable.Timeout);
        Assert.Equal(EmulatorOutcomeKind.BpmnError, outcomes[0].Kind);
        Assert.Equal("errorCode1", outcomes[0].ErrorCode);
        Assert.Equal(EmulatorVariable.Boolean("handled", true), outcomes[0].Variable("handled"));
        Assert.Equal(EmulatorOutcomeKind.CmmnTerminated, outcomes[1].Kind);
    }

    [Fact]
    public async Task Fail_sends_every_field_and_get_job_shows_the_result()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("orders");
        await flowable.Client.AcquireJobsAsync("orders");

        await flowable.Client.FailJobAsync(jobId, "Out of stock", "warehouse 3 is empty", retries: 2, retryTimeout: TimeSpan.FromMinutes(5));
        var job = await flowable.Client.GetJobAsync(jobId);

        Assert.Equal(2, job.Retries);
        Assert.Equal("Out of stock", job.ExceptionMessage);
        Assert.Null(job.LockOwner);
        Assert.NotNull(job.LockExpirationTime);
        var body = flowable.RequestsTo($"/acquire/jobs/{jobId}/fail")[0].JsonBody!;
        Assert.Equal("PT5M", (string?)body["retryTimeout"]);
        Assert.Equal("warehouse 3 is empty", (string?)body["errorDetails"]);
    }

    [Fact]
    public async Task List_jobs_filters_and_get_job_throws_not_found_for_an_unknown_id()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        flowable.Emulator.CreateBpmnJob("orders");
        var caseJob = flowable.Emulator.CreateCmmnJob("orders");

        var page = await flowable.Client.ListJobsAsync(new ExternalWorkerJobQuery { ScopeType = "cmmn" });
        var all = await flowable.Client.ListJobsAsync();
        var error = await Assert.ThrowsAsync<FlowableNotFoundException>(() => flowable.Client.GetJobAsync("missing"));

        Assert.Equal(caseJob, Assert.Single(page.Data).Id);
        Assert.Equal(2, all.Total);
        Assert.Equal("Could not find external worker job with id 'missing'.", error.FlowableExceptionMessage);
    }

    [Fact]
    public async Task Unacquire_one_and_all_release_the_locks()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var first = flowable.Emulator.CreateBpmnJob("orders");
        var second = flowable.Emulator.CreateBpmnJob("orders");
        var third = flowable.Emulator.CreateBpmnJob("orders");
        await flowable.Client.AcquireJobsAsync("orders", numberOfTasks: 3);

        await flowable.Client.UnacquireJobAsync(first);
        Assert.Null(flowable.Emulator.GetJob(first).LockOwner);
        Assert.Equal(EmulatedFlowable.WorkerId, flowable.Emulator.GetJob(second).LockOwner);

        await flowable.Client.UnacquireJobsAsync();
        Assert.Null(flowable.Emulator.GetJob(second).LockOwner);
        Assert.Null(flowable.Emulator.GetJob(third).LockOwner);
    }

    [Fact]
    public async Task Completing_a_job_the_worker_does_not_hold_throws_lock_not_held()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("orders");

        var error = await Assert.ThrowsAsync<FlowableLockNotHeldException>(() => flowable.Client.CompleteJobAsync(jobId));

        Assert.Equal("test-worker does not hold a lock on the requested job", error.FlowableExceptionMessage);
    }

    [Theory]
    [InlineData(0, 1, "numberOfRetries")]
    [InlineData(1, 0, "numberOfTasks")]
    public async Task Acquire_arguments_Flowable_would_mishandle_are_rejected_before_any_request(int numberOfRetries, int numberOfTasks, string parameter)
    {
        await using var flowable = await EmulatedFlowable.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => flowable.Client.AcquireJobsAsync("orders", numberOfTasks: numberOfTasks, numberOfRetries: numberOfRetries));

        Assert.Equal(parameter, error.ParamName);
        Assert.Empty(flowable.Emulator.Requests);
    }

    [Fact]
    public async Task Subscribe_rejects_invalid_options_before_any_request()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var options = EmulatedFlowable.FastOptions();
        options.NumberOfRetries = 0;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => flowable.Client.Subscribe("orders", (job, result, ct) => null, options));

        Assert.Equal(nameof(ExternalWorkerSubscriptionOptions.NumberOfRetries), error.ParamName);
        Assert.Empty(flowable.Emulator.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task The_host_is_the_Flowable_root_with_a_context_path_and_one_trailing_slash_tolerated(string suffix)
    {
        await using var emulator = await FlowableEmulator.StartNewAsync(new FlowableEmulatorOptions { ContextPath = "/flowable-work" });
        emulator.CreateBpmnJob("orders");
        await using var client = new ExternalWorkerClient(emulator.BaseUrl.ToString().TrimEnd('/') + suffix, "w1");

        var jobs = await client.AcquireJobsAsync("orders");

        Assert.Single(jobs);
        Assert.Equal("/flowable-work/external-job-api/acquire/jobs", emulator.Requests[0].PathAndQuery);
    }
}
