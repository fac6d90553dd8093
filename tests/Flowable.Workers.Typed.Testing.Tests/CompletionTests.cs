using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>E2–E4 (complete, bpmnError, cmmnTerminate), mirroring <c>ExternalWorkerAcquireJobResourceTest</c>.</summary>
public sealed class CompletionTests
{
    public static TheoryData<string> Actions => ["complete", "bpmnError", "cmmnTerminate", "fail"];

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task A_missing_worker_id_is_checked_before_the_job(string action)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.PostAsync($"acquire/jobs/invalid/{action}", "{}")).IsBadRequest("workerId is required");
        (await client.PostAsync($"acquire/jobs/invalid/{action}", """{"workerId":""}""")).IsBadRequest("workerId is required");
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task An_unknown_job_is_not_found(string action)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        var call = await client.PostAsync($"acquire/jobs/invalid/{action}", """{"workerId":"testWorker"}""");

        call.IsError(404, "Not found", "Could not find external worker job with id 'invalid'.");
    }

    [Theory]
    [InlineData("complete", false)]
    [InlineData("complete", true)]
    [InlineData("bpmnError", false)]
    [InlineData("cmmnTerminate", true)]
    [InlineData("fail", false)]
    [InlineData("fail", true)]
    public async Task Only_the_lock_owner_may_act_and_then_gets_204(string action, bool cmmn)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = cmmn ? flowable.CreateCmmnJob("simple") : flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);

        (await client.PostAsync($"acquire/jobs/{jobId}/{action}", """{"workerId":"testWorker"}"""))
            .IsError(403, "Forbidden", "testWorker does not hold a lock on the requested job");

        await client.AcquireOneAsync("simple", "testWorker");
        (await client.PostAsync($"acquire/jobs/{jobId}/{action}", """{"workerId":"testWorker2"}"""))
            .IsError(403, "Forbidden", "testWorker2 does not hold a lock on the requested job");
        (await client.PostAsync($"acquire/jobs/{jobId}/{action}", """{"workerId":"TESTWORKER"}"""))
            .IsError(403, "Forbidden", "TESTWORKER does not hold a lock on the requested job");

        var done = await client.PostAsync($"acquire/jobs/{jobId}/{action}", """{"workerId":"testWorker"}""");

        done.IsEmpty(204);
        Assert.Null(done.ContentHeaders.ContentType);
    }

    [Fact]
    public async Task Completed_jobs_leave_the_api_and_report_their_outcome_with_the_variables_as_sent()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple", "testWorker");

        (await client.PostAsync(
            $"acquire/jobs/{jobId}/complete",
            """
            {"workerId":"testWorker","variables":[
              {"name":"stringVar","type":"string","value":"Hello"},
              {"name":"intVar","type":"integer","value":42},
              {"name":"dateVar","type":"date","value":"2020-05-04T10:25:45Z"},
              {"name":"noType","value":"raw"},
              {"name":"nothing","type":"string","value":null}]}
            """)).IsEmpty(204);

        var outcome = await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10));
        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal("testWorker", outcome.WorkerId);
        Assert.Equal(
            [
                EmulatorVariable.String("stringVar", "Hello"),
                EmulatorVariable.Integer("intVar", 42),
                EmulatorVariable.Raw("dateVar", "date", "2020-05-04T10:25:45Z"),
                EmulatorVariable.Raw("noType", null, "raw"),
                EmulatorVariable.Raw("nothing", "string", null),
            ],
            outcome.Variables);
        Assert.Equal(EmulatorVariable.Integer("intVar", 42), outcome.Variable("intVar"));
        (await client.GetAsync($"jobs/{jobId}")).IsError(404, "Not found", $"Could not find external worker job with id '{jobId}'.");
        (await client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"testWorker"}"""))
            .IsError(404, "Not found", $"Could not find external worker job with id '{jobId}'.");
        Assert.Equal(
            [EmulatorJobEventKind.Created, EmulatorJobEventKind.Acquired, EmulatorJobEventKind.Completed],
            flowable.GetJob(jobId).History.Select(e => e.Kind));
    }

    [Fact]
    public async Task Null_and_empty_variables_both_mean_none()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var first = flowable.CreateBpmnJob("simple");
        var second = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireAsync("simple", numberOfTasks: 2);

        (await client.PostAsync($"acquire/jobs/{first}/complete", """{"workerId":"testWorker","variables":null}""")).IsEmpty(204);
        (await client.PostAsync($"acquire/jobs/{second}/complete", """{"workerId":"testWorker","variables":[]}""")).IsEmpty(204);

        var outcomes = await flowable.WaitForOutcomesAsync([first, second], TimeSpan.FromSeconds(10));
        Assert.All(outcomes, o => Assert.Empty(o.Variables));
    }

    [Fact]
    public async Task Bpmn_error_records_the_error_code_and_variables()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var withCode = flowable.CreateBpmnJob("simple");
        var withoutCode = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireAsync("simple", numberOfTasks: 2);

        (await client.PostAsync(
            $"acquire/jobs/{withCode}/bpmnError",
            """{"workerId":"testWorker","errorCode":"errorOne","variables":[{"name":"reason","type":"string","value":"out of stock"}]}"""))
            .IsEmpty(204);
        (await client.PostAsync($"acquire/jobs/{withoutCode}/bpmnError", """{"workerId":"testWorker","errorCode":null}""")).IsEmpty(204);

        var coded = await flowable.WaitForOutcomeAsync(withCode, TimeSpan.FromSeconds(10));
        Assert.Equal(EmulatorOutcomeKind.BpmnError, coded.Kind);
        Assert.Equal("errorOne", coded.ErrorCode);
        Assert.Equal(EmulatorVariable.String("reason", "out of stock"), Assert.Single(coded.Variables));
        var anyError = await flowable.WaitForOutcomeAsync(withoutCode, TimeSpan.FromSeconds(10));
        Assert.Equal(EmulatorOutcomeKind.BpmnError, anyError.Kind);
        Assert.Null(anyError.ErrorCode);
    }

    [Fact]
    public async Task Cmmn_terminate_records_the_variables()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateCmmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync(
            $"acquire/jobs/{jobId}/cmmnTerminate",
            """{"workerId":"testWorker","variables":[{"name":"testVar","type":"string","value":"test content"}]}""")).IsEmpty(204);

        var outcome = await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10));
        Assert.Equal(EmulatorOutcomeKind.CmmnTerminated, outcome.Kind);
        Assert.Equal(EmulatorVariable.String("testVar", "test content"), outcome.Variable("testVar"));
    }

    [Fact]
    public async Task Bpmn_errors_are_refused_for_case_jobs_with_the_scope_in_the_message()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateCmmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync($"acquire/jobs/{jobId}/bpmnError", """{"workerId":"testWorker"}"""))
            .IsBadRequest($"Can only complete BPMN external job with a BPMN error. Job with id '{jobId}' is from scope 'cmmn'");
        Assert.Equal("testWorker", flowable.GetJob(jobId).LockOwner);
    }

    [Fact]
    public async Task Terminate_is_refused_for_process_jobs_whose_scope_prints_as_null()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync($"acquire/jobs/{jobId}/cmmnTerminate", """{"workerId":"testWorker"}"""))
            .IsBadRequest($"Can only terminate CMMN external job. Job with id '{jobId}' is from scope 'null'");
        Assert.True(flowable.GetJob(jobId).IsActive);
    }

    [Fact]
    public async Task Jobs_of_other_scopes_cannot_be_completed_or_unacquired()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateJob(new EmulatorJobDefinition("simple", "dmn"));
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"testWorker"}"""))
            .IsBadRequest($"Can only complete BPMN or CMMN external job. Job with id '{jobId}' is from scope 'dmn'");
        (await client.PostAsync($"unacquire/jobs/{jobId}", """{"workerId":"testWorker"}"""))
            .IsBadRequest($"Can only unacquire BPMN or CMMN external job. Job with id '{jobId}' is from scope 'dmn'");
    }

    [Fact]
    public async Task An_expired_lock_still_lets_the_owner_complete_until_the_sweep_runs()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock, o => o.LockExpirySweepInterval = TimeSpan.FromHours(1));
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple", lockDuration: "PT1M");

        clock.Advance(TimeSpan.FromMinutes(5));

        (await client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"testWorker"}""")).IsEmpty(204);
        Assert.Equal(EmulatorOutcomeKind.Completed, flowable.GetJob(jobId).Outcome?.Kind);
    }
}
