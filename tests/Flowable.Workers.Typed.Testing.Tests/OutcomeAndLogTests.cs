using System.Net.Http.Headers;
using System.Text;
using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>The test-facing API: creating jobs, awaiting outcomes, the request log.</summary>
public sealed class OutcomeAndLogTests
{
    [Fact]
    public async Task Waiting_for_an_outcome_that_does_not_come_times_out_with_the_job_state()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple", "stuckWorker");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromMilliseconds(50)));

        Assert.Contains(jobId, error.Message, StringComparison.Ordinal);
        Assert.Contains("stuckWorker", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_an_unknown_job_fails_at_once()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();

        await Assert.ThrowsAsync<KeyNotFoundException>(() => flowable.WaitForOutcomeAsync("nope", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Waiting_for_a_number_of_outcomes_returns_them_in_the_order_they_happened()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var first = flowable.CreateBpmnJob("simple");
        var second = flowable.CreateBpmnJob("simple");
        var third = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireAsync("simple", numberOfTasks: 3);
        var waitForTwo = flowable.WaitForOutcomesAsync(2, TimeSpan.FromSeconds(10));

        await client.PostAsync($"acquire/jobs/{second}/complete", """{"workerId":"testWorker"}""");
        Assert.False(waitForTwo.IsCompleted);
        await client.PostAsync($"acquire/jobs/{first}/bpmnError", """{"workerId":"testWorker","errorCode":"E1"}""");

        var outcomes = await waitForTwo;
        Assert.Equal([(second, EmulatorOutcomeKind.Completed), (first, EmulatorOutcomeKind.BpmnError)], outcomes.Select(o => (o.JobId, o.Kind)));
        await Assert.ThrowsAsync<TimeoutException>(() => flowable.WaitForOutcomesAsync(3, TimeSpan.FromMilliseconds(50)));
        var pending = await Assert.ThrowsAsync<TimeoutException>(() => flowable.WaitForOutcomesAsync([first, third], TimeSpan.FromMilliseconds(50)));
        Assert.Contains(third, pending.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(first, pending.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_variable_in_an_outcome_names_those_received()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");
        await client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"testWorker","variables":[{"name":"total","type":"long","value":7}]}""");
        var outcome = await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10));

        var error = Assert.Throws<KeyNotFoundException>(() => outcome.Variable("sum"));

        Assert.Contains("'sum'", error.Message, StringComparison.Ordinal);
        Assert.Contains("total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_log_keeps_method_path_body_and_headers_but_not_credentials()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { Authentication = EmulatorAuthentication.Basic("admin", "test") });
        using var client = new EmulatorClient(
            flowable, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:test"))));

        await client.PostAsync("acquire/jobs", """{"topic":"simple","lockDuration":"PT1M","workerId":"w"}""");
        await client.GetAsync("jobs?size=5");

        var (acquire, query) = (flowable.Requests[0], flowable.Requests[1]);
        Assert.Equal(("POST", "/external-job-api/acquire/jobs", 200), (acquire.Method, acquire.PathAndQuery, acquire.StatusCode));
        JsonAssert.Equal("""{"topic":"simple","lockDuration":"PT1M","workerId":"w"}""", acquire.JsonBody);
        Assert.StartsWith("application/json", acquire.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("Basic <redacted>", acquire.Headers["Authorization"]);
        Assert.Equal(("GET", "/external-job-api/jobs?size=5", string.Empty), (query.Method, query.PathAndQuery, query.Body));
        Assert.Null(query.JsonBody);

        flowable.ClearRequests();
        Assert.Empty(flowable.Requests);
    }

    [Fact]
    public async Task Generated_ids_look_like_flowable_work_ids_and_are_unique()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();

        var bpmn = flowable.GetJob(flowable.CreateBpmnJob("simple"));
        var cmmn = flowable.GetJob(flowable.CreateCmmnJob("simple"));

        Assert.StartsWith("JOB-", bpmn.Id, StringComparison.Ordinal);
        Assert.StartsWith("PRC-", bpmn.ProcessInstanceId, StringComparison.Ordinal);
        Assert.StartsWith("PRC-", bpmn.ExecutionId, StringComparison.Ordinal);
        Assert.Null(bpmn.ScopeType);
        Assert.Equal("cmmn", cmmn.ScopeType);
        Assert.StartsWith("CAS-", cmmn.ScopeId, StringComparison.Ordinal);
        Assert.StartsWith("PLI-", cmmn.SubScopeId, StringComparison.Ordinal);
        Assert.Null(cmmn.ProcessInstanceId);
        Assert.NotEqual(bpmn.Id, cmmn.Id);
        Assert.NotEqual(bpmn.CorrelationId, cmmn.CorrelationId);
    }

    [Fact]
    public async Task A_duplicate_job_id_is_refused()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        flowable.CreateJob(EmulatorJobDefinition.Bpmn("simple") with { Id = "job-1" });

        Assert.Throws<ArgumentException>(() => flowable.CreateJob(EmulatorJobDefinition.Bpmn("other") with { Id = "job-1" }));
        Assert.Single(flowable.Jobs);
    }

    [Fact]
    public void Variables_compare_by_name_type_and_json_value()
    {
        Assert.Equal(EmulatorVariable.Json("j", """{"a":[1,2]}"""), EmulatorVariable.Raw("j", "json", System.Text.Json.Nodes.JsonNode.Parse("""{"a":[1,2]}""")));
        Assert.NotEqual(EmulatorVariable.Integer("n", 1), EmulatorVariable.Long("n", 1));
        Assert.NotEqual(EmulatorVariable.String("s", "a"), EmulatorVariable.String("s", "b"));
        Assert.Equal("n (integer) = 1", EmulatorVariable.Integer("n", 1).ToString());
    }
}
