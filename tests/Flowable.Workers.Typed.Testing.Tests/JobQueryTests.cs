using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>E6 and E7, mirroring <c>ExternalWorkerJobCollectionResourceTest</c> and <c>ExternalWorkerJobResourceTest</c>.</summary>
public sealed class JobQueryTests
{
    [Fact]
    public async Task No_jobs_give_the_exact_empty_envelope()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.GetAsync("jobs")).Is(200, """{"data":[],"total":0,"start":0,"sort":"id","order":"asc","size":0}""");
    }

    [Fact]
    public async Task The_empty_envelope_matches_the_recorded_flowable_answer()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);
        var recorded = Recordings.Load("test_with_trailing_slash_for_url_with_200_as_result.json")
            .Single(i => i.Uri.EndsWith("/external-job-api/jobs", StringComparison.Ordinal));

        var call = await client.GetAsync("jobs");

        Assert.Equal(recorded.Status, call.StatusCode);
        JsonAssert.Equal(recorded.ResponseBody!.ToJsonString(), call.Json);
    }

    [Fact]
    public async Task Get_one_job_shows_every_field_without_variables()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var jobId = flowable.CreateJob(EmulatorJobDefinition.Bpmn("simple", EmulatorVariable.String("hidden", "x")) with
        {
            CorrelationId = "c-1",
            ProcessInstanceId = "PRC-1",
            ProcessDefinitionId = "PRC-def:1:1",
            ExecutionId = "PRC-2",
            ElementName = "Simple Task",
        });
        using var client = new EmulatorClient(flowable);

        (await client.GetAsync($"jobs/{jobId}")).Is(200, $$"""
            {"id":"{{jobId}}","url":"{{flowable.ApiUrl}}/jobs/{{jobId}}","correlationId":"c-1",
             "processInstanceId":"PRC-1","processDefinitionId":"PRC-def:1:1","executionId":"PRC-2",
             "scopeId":null,"subScopeId":null,"scopeDefinitionId":null,"scopeType":null,
             "elementId":"externalWorkerTask","elementName":"Simple Task","retries":3,"exceptionMessage":null,
             "dueDate":null,"createTime":"2020-05-08T09:25:45.583Z","tenantId":"","lockOwner":null,"lockExpirationTime":null}
            """);

        clock.Advance(TimeSpan.FromMinutes(1));
        await client.AcquireOneAsync("simple", lockDuration: "PT10M");
        JsonAssert.Contains(
            """{"lockOwner":"testWorker","lockExpirationTime":"2020-05-08T09:36:45.583Z","createTime":"2020-05-08T09:25:45.583Z"}""", (await client.GetAsync($"jobs/{jobId}")).Json);
    }

    [Fact]
    public async Task Whole_second_dates_are_written_without_milliseconds()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2023, 8, 8, 17, 1, 27, TimeSpan.Zero));
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var jobId = flowable.CreateJob(EmulatorJobDefinition.Bpmn("simple") with { DueDate = new DateTimeOffset(2023, 8, 9, 0, 0, 0, TimeSpan.Zero) });
        using var client = new EmulatorClient(flowable);

        JsonAssert.Contains(
            """{"createTime":"2023-08-08T17:01:27Z","dueDate":"2023-08-09T00:00:00Z"}""", (await client.GetAsync($"jobs/{jobId}")).Json);
    }

    [Fact]
    public async Task Get_an_unknown_job_is_not_found()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.GetAsync("jobs/invalid")).IsError(404, "Not found", "Could not find external worker job with id 'invalid'.");
    }

    [Fact]
    public async Task Every_filter_narrows_the_list()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var order = flowable.CreateJob(EmulatorJobDefinition.Bpmn("orderService") with
        {
            ProcessInstanceId = "PRC-A", ProcessDefinitionId = "PRC-def:1:a", ExecutionId = "PRC-A1",
            ElementId = "externalOrder", ElementName = "Order Service", TenantId = "acme",
        });
        var customer = flowable.CreateJob(EmulatorJobDefinition.Bpmn("customerService") with
        {
            ProcessInstanceId = "PRC-A", ProcessDefinitionId = "PRC-def:1:a", ExecutionId = "PRC-A2",
            ElementId = "externalCustomer1", ElementName = "Customer Service", TenantId = "acme-eu",
        });
        var caseJob = flowable.CreateJob(EmulatorJobDefinition.Cmmn("orderService") with
        {
            ScopeId = "CAS-B", SubScopeId = "PLI-B1", ScopeDefinitionId = "CAS-def:1:b", ElementId = "externalOrder",
        });
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("customerService");
        await client.AcquireAsync("orderService", "failing", scopeType: "cmmn");
        await client.PostAsync($"acquire/jobs/{caseJob}/fail", """{"workerId":"failing","errorMessage":"Error message","retryTimeout":"PT1H"}""");

        async Task<string[]> Ids(string query) =>
            [.. Assert.IsType<JsonArray>((await client.GetAsync("jobs?" + query)).Json!["data"]).Select(j => j!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
        string[] Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

        Assert.Equal([order], await Ids($"id={order}"));
        Assert.Equal(Sorted(order, customer), await Ids("processInstanceId=PRC-A"));
        Assert.Equal([caseJob], await Ids("withoutProcessInstanceId=true"));
        Assert.Equal(Sorted(order, customer, caseJob), await Ids("withoutProcessInstanceId=false"));
        Assert.Equal(Sorted(order, customer), await Ids("processDefinitionId=PRC-def:1:a"));
        Assert.Equal([customer], await Ids("executionId=PRC-A2"));
        Assert.Equal(Sorted(order, caseJob), await Ids("elementId=externalOrder"));
        Assert.Equal([customer], await Ids("elementName=Customer%20Service"));
        Assert.Equal([caseJob], await Ids("withException=true"));
        Assert.Equal([caseJob], await Ids("exceptionMessage=Error%20message"));
        Assert.Equal(Sorted(customer, caseJob), await Ids("locked=true"));
        Assert.Equal([order], await Ids("unlocked=true"));
        Assert.Equal([caseJob], await Ids("scopeId=CAS-B"));
        Assert.Equal(Sorted(order, customer), await Ids("withoutScopeId=true"));
        Assert.Equal([caseJob], await Ids("scopeType=cmmn"));
        Assert.Empty(await Ids("scopeType=bpmn"));
        Assert.Equal(Sorted(order, customer), await Ids("withoutScopeType=true"));
        Assert.Equal([caseJob], await Ids("scopeDefinitionId=CAS-def:1:b"));
        Assert.Equal([caseJob], await Ids("subScopeId=PLI-B1"));
        Assert.Equal([order], await Ids("tenantId=acme"));
        Assert.Equal(Sorted(order, customer), await Ids("tenantIdLike=acme%25"));
        Assert.Equal([customer], await Ids("tenantIdLike=acme_eu"));
        Assert.Equal([caseJob], await Ids("withoutTenantId=true"));
        Assert.Empty(await Ids("processInstanceId=unknown"));
    }

    [Fact]
    public async Task Paging_reports_the_returned_size_and_the_total()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        for (var i = 1; i <= 5; i++)
        {
            flowable.CreateJob(EmulatorJobDefinition.Bpmn("simple") with { Id = $"job-{i}", Retries = 6 - i });
        }

        using var client = new EmulatorClient(flowable);

        var page = (await client.GetAsync("jobs?start=1&size=2")).Json!;
        JsonAssert.Contains("""{"total":5,"start":1,"sort":"id","order":"asc","size":2}""", page);
        Assert.Equal(["job-2", "job-3"], page["data"]!.AsArray().Select(j => j!["id"]!.GetValue<string>()));

        var last = (await client.GetAsync("jobs?start=4&size=10")).Json!;
        JsonAssert.Contains("""{"total":5,"start":4,"size":1}""", last);

        var byRetries = (await client.GetAsync("jobs?sort=retries&order=desc&size=-1&start=-4")).Json!;
        JsonAssert.Contains("""{"total":5,"start":0,"sort":"retries","order":"desc","size":5}""", byRetries);
        Assert.Equal(["job-1", "job-2", "job-3", "job-4", "job-5"], byRetries["data"]!.AsArray().Select(j => j!["id"]!.GetValue<string>()));

        var defaultSize = (await client.GetAsync("jobs?sort=createTime")).Json!;
        Assert.Equal(5, defaultSize["size"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_default_page_size_is_ten()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        for (var i = 0; i < 12; i++)
        {
            flowable.CreateBpmnJob("simple");
        }

        using var client = new EmulatorClient(flowable);

        JsonAssert.Contains("""{"total":12,"size":10}""", (await client.GetAsync("jobs")).Json);
    }

    [Theory]
    [InlineData("sort=topic", "Value for param 'sort' is not valid, 'topic' is not a valid property")]
    [InlineData("sort=ID", "Value for param 'sort' is not valid, 'ID' is not a valid property")]
    [InlineData("order=up", "Value for param 'order' is not valid : 'up', must be 'asc' or 'desc'")]
    [InlineData("order=ASC", "Value for param 'order' is not valid : 'ASC', must be 'asc' or 'desc'")]
    public async Task Invalid_sort_or_order_is_a_bad_request(string query, string message)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.GetAsync("jobs?" + query)).IsBadRequest(message);
    }

    [Theory]
    [InlineData("withException=maybe")]
    [InlineData("start=first")]
    public async Task Unbindable_query_parameters_reach_the_catch_all_handler(string query)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        var call = await client.GetAsync("jobs?" + query);

        Assert.Equal(500, call.StatusCode);
        Assert.Equal("Internal server error", call.Json!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Jobs_that_left_the_api_are_not_listed()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var done = flowable.CreateBpmnJob("simple");
        var open = flowable.CreateBpmnJob("other");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");
        await client.PostAsync($"acquire/jobs/{done}/complete", """{"workerId":"testWorker"}""");

        var list = (await client.GetAsync("jobs")).Json!;

        Assert.Equal([open], list["data"]!.AsArray().Select(j => j!["id"]!.GetValue<string>()));
        Assert.Equal(1, list["total"]!.GetValue<int>());
    }
}
