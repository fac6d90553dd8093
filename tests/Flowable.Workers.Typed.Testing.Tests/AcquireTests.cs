using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>E1, mirroring <c>ExternalWorkerAcquireJobResourceTest</c>.</summary>
public sealed class AcquireTests
{
    [Fact]
    public async Task Acquire_validates_topic_then_lock_duration_then_worker_id_and_answers_an_empty_list()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.PostAsync("acquire/jobs", "{}")).IsBadRequest("topic is required");
        (await client.PostAsync("acquire/jobs", """{"topic":"simple"}""")).IsBadRequest("lockDuration is required");
        (await client.PostAsync("acquire/jobs", """{"topic":"simple","lockDuration":"PT10M"}""")).IsBadRequest("workerId is required");
        (await client.PostAsync("acquire/jobs", """{"topic":"simple","lockDuration":"PT10M","workerId":"testWorker"}""")).Is(200, "[]");
    }

    [Fact]
    public async Task Empty_topic_or_worker_id_count_as_missing()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.PostAsync("acquire/jobs", """{"topic":"","lockDuration":"PT10M","workerId":"w"}""")).IsBadRequest("topic is required");
        (await client.PostAsync("acquire/jobs", """{"topic":"t","lockDuration":"PT10M","workerId":""}""")).IsBadRequest("workerId is required");
        (await client.PostAsync("acquire/jobs", """{"topic":"t","lockDuration":null,"workerId":"w"}""")).IsBadRequest("lockDuration is required");
    }

    [Fact]
    public async Task Acquire_returns_the_process_job_with_its_fields_lock_and_variables()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var jobId = flowable.CreateJob(EmulatorJobDefinition.Bpmn(
            "simple",
            EmulatorVariable.String("name", "kermit"),
            EmulatorVariable.Integer("age", 50),
            EmulatorVariable.Long("longValue", 100),
            EmulatorVariable.Short("shortValue", 10),
            EmulatorVariable.Double("doubleValue", 30.3),
            EmulatorVariable.Boolean("booleanValue", true),
            EmulatorVariable.Date("dateValue", DateTimeOffset.Parse("2020-05-04T10:25:45.583Z", System.Globalization.CultureInfo.InvariantCulture)),
            EmulatorVariable.Instant("instantValue", DateTimeOffset.Parse("2020-05-04T09:25:45.583Z", System.Globalization.CultureInfo.InvariantCulture)),
            EmulatorVariable.LocalDate("localDateValue", new DateOnly(2020, 4, 20)),
            EmulatorVariable.LocalDateTime("localDateTimeValue", new DateTime(2020, 4, 20, 12, 53, 10)),
            EmulatorVariable.Json("jsonValue", """{"name":"kermit"}""")) with
        {
            ElementId = "externalWorkerTask",
            ElementName = "Simple Task",
            ProcessInstanceId = "PRC-1",
            ProcessDefinitionId = "PRC-simple:1:1",
            ExecutionId = "PRC-2",
            CorrelationId = "c-1",
        });
        using var client = new EmulatorClient(flowable);

        var jobs = await client.AcquireAsync("simple", lockDuration: "PT10M");

        var job = Assert.Single(jobs);
        JsonAssert.Equal(
            $$$"""
            {"id":"{{{jobId}}}","url":"{{{flowable.ApiUrl}}}/jobs/{{{jobId}}}","correlationId":"c-1",
             "processInstanceId":"PRC-1","processDefinitionId":"PRC-simple:1:1","executionId":"PRC-2",
             "scopeId":null,"subScopeId":null,"scopeDefinitionId":null,"scopeType":null,
             "elementId":"externalWorkerTask","elementName":"Simple Task","retries":3,"exceptionMessage":null,
             "dueDate":null,"createTime":"2020-05-08T09:25:45.583Z","tenantId":"",
             "lockOwner":"testWorker","lockExpirationTime":"2020-05-08T09:35:45.583Z",
             "variables":[
               {"name":"name","type":"string","value":"kermit"},
               {"name":"age","type":"integer","value":50},
               {"name":"longValue","type":"long","value":100},
               {"name":"shortValue","type":"short","value":10},
               {"name":"doubleValue","type":"double","value":30.3},
               {"name":"booleanValue","type":"boolean","value":true},
               {"name":"dateValue","type":"date","value":"2020-05-04T10:25:45.583Z"},
               {"name":"instantValue","type":"instant","value":"2020-05-04T09:25:45.583Z"},
               {"name":"localDateValue","type":"localDate","value":"2020-04-20"},
               {"name":"localDateTimeValue","type":"localDateTime","value":"2020-04-20T12:53:10"},
               {"name":"jsonValue","type":"json","value":{"name":"kermit"}}]}
            """,
            job);
    }

    [Fact]
    public async Task Acquire_returns_the_case_job_with_scope_fields()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var jobId = flowable.CreateJob(EmulatorJobDefinition.Cmmn("simple", EmulatorVariable.String("name", "kermit")) with
        {
            ElementName = "External Worker",
            ScopeId = "CAS-1",
            SubScopeId = "PLI-1",
            ScopeDefinitionId = "CAS-def:1:1",
        });
        using var client = new EmulatorClient(flowable);

        var job = Assert.Single(await client.AcquireAsync("simple"));

        JsonAssert.Contains(
            $$"""
            {"id":"{{jobId}}","processInstanceId":null,"processDefinitionId":null,"executionId":null,
             "scopeId":"CAS-1","subScopeId":"PLI-1","scopeDefinitionId":"CAS-def:1:1","scopeType":"cmmn",
             "elementName":"External Worker","retries":3,"lockOwner":"testWorker",
             "lockExpirationTime":"2020-05-08T09:35:45.583Z","variables":[{"name":"name","type":"string","value":"kermit"}]}
            """,
            job);
    }

    [Fact]
    public async Task Scope_type_filters_cmmn_and_bpmn_jobs_and_an_unknown_scope_gets_nothing()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var processJob = flowable.CreateBpmnJob("simple");
        var caseJob = flowable.CreateCmmnJob("simple");
        using var client = new EmulatorClient(flowable);

        Assert.Empty(await client.AcquireAsync("simple", numberOfTasks: 2, scopeType: "dmn"));

        var cmmn = Assert.Single(await client.AcquireAsync("simple", lockDuration: "PT30M", numberOfTasks: 2, scopeType: "cmmn"));
        JsonAssert.Contains($$"""{"id":"{{caseJob}}","lockExpirationTime":"2020-05-08T09:55:45.583Z","variables":[]}""", cmmn);

        var bpmn = Assert.Single(await client.AcquireAsync("simple", lockDuration: "PT1H", numberOfTasks: 2, scopeType: "bpmn"));
        JsonAssert.Contains($$"""{"id":"{{processJob}}","lockExpirationTime":"2020-05-08T10:25:45.583Z"}""", bpmn);
    }

    [Fact]
    public async Task Acquire_matches_the_topic_exactly_and_takes_at_most_the_number_of_tasks()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        for (var i = 0; i < 3; i++)
        {
            flowable.CreateBpmnJob("orders");
        }

        flowable.CreateBpmnJob("Orders");
        flowable.CreateBpmnJob("orders2");
        using var client = new EmulatorClient(flowable);

        Assert.Equal(2, (await client.AcquireAsync("orders", numberOfTasks: 2)).Count);
        Assert.Single(await client.AcquireAsync("orders", numberOfTasks: 5));
        Assert.Empty(await client.AcquireAsync("orders", numberOfTasks: 5));
    }

    [Fact]
    public async Task A_locked_job_is_not_acquired_again_even_by_its_owner()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        flowable.CreateBpmnJob("orders");
        using var client = new EmulatorClient(flowable);

        Assert.Single(await client.AcquireAsync("orders", "worker1"));
        Assert.Empty(await client.AcquireAsync("orders", "worker1"));
        Assert.Empty(await client.AcquireAsync("orders", "worker2"));
    }

    [Fact]
    public async Task An_exclusive_job_is_not_acquired_while_another_job_of_its_instance_is_locked()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var first = flowable.CreateJob(EmulatorJobDefinition.Bpmn("orders") with { ProcessInstanceId = "PRC-1" });
        var second = flowable.CreateJob(EmulatorJobDefinition.Bpmn("orders") with { ProcessInstanceId = "PRC-1" });
        var elsewhere = flowable.CreateJob(EmulatorJobDefinition.Bpmn("orders") with { ProcessInstanceId = "PRC-2" });
        using var client = new EmulatorClient(flowable);
        Assert.Equal(first, await client.AcquireOneAsync("orders", "workerA"));

        Assert.Empty(await client.AcquireAsync("orders", "workerB", numberOfTasks: 2));
        Assert.Null(flowable.GetJob(elsewhere).LockOwner);

        (await client.PostAsync($"acquire/jobs/{first}/complete", """{"workerId":"workerA"}""")).IsEmpty(204);
        var acquired = await client.AcquireAsync("orders", "workerB", numberOfTasks: 2);
        Assert.Equal([second, elsewhere], acquired.Select(j => j!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_instance_is_free_again_once_its_locked_job_failed_was_given_back_or_its_lock_expired()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var jobs = Enumerable.Range(0, 4).Select(_ => flowable.CreateJob(EmulatorJobDefinition.Bpmn("orders") with { ProcessInstanceId = "PRC-1" })).ToList();
        using var client = new EmulatorClient(flowable);

        var failed = await client.AcquireOneAsync("orders", "workerA");
        (await client.PostAsync($"acquire/jobs/{failed}/fail", """{"workerId":"workerA","retries":0}""")).IsEmpty(204);
        var givenBack = await client.AcquireOneAsync("orders", "workerA");
        (await client.PostAsync($"unacquire/jobs/{givenBack}", """{"workerId":"workerA"}""")).IsEmpty(204);
        var expired = await client.AcquireOneAsync("orders", "workerB", lockDuration: "PT1M");
        var blocked = await client.AcquireAsync("orders", "workerC");
        clock.Advance(TimeSpan.FromMinutes(2));
        flowable.SweepExpiredLocks();
        var afterExpiry = await client.AcquireOneAsync("orders", "workerC");

        Assert.Equal([jobs[0], jobs[1], jobs[1]], [failed, givenBack, expired]);
        Assert.Empty(blocked);
        Assert.Equal(jobs[1], afterExpiry);
    }

    [Fact]
    public async Task Non_exclusive_jobs_of_one_instance_are_acquired_independently()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var parallel = EmulatorJobDefinition.Cmmn("orders") with { ScopeId = "CAS-1", Exclusive = false };
        flowable.CreateJob(parallel);
        flowable.CreateJob(parallel);
        using var client = new EmulatorClient(flowable);

        Assert.Single(await client.AcquireAsync("orders", "workerA"));
        Assert.Single(await client.AcquireAsync("orders", "workerB"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task Fewer_than_one_task_is_refused_by_the_engine(int numberOfTasks)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        flowable.CreateBpmnJob("orders");
        using var client = new EmulatorClient(flowable);

        var call = await client.PostAsync(
            "acquire/jobs", $$"""{"topic":"orders","lockDuration":"PT1M","workerId":"w","numberOfTasks":{{numberOfTasks}}}""");

        call.IsBadRequest("requested number of jobs must not be smaller than 1");
        Assert.Null(flowable.GetJob(flowable.Jobs[0].Id).LockOwner);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task No_acquire_retries_silently_acquire_nothing(int numberOfRetries)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("orders");
        using var client = new EmulatorClient(flowable);

        var call = await client.PostAsync(
            "acquire/jobs", $$"""{"topic":"orders","lockDuration":"PT1M","workerId":"w","numberOfRetries":{{numberOfRetries}}}""");

        call.Is(200, "[]");
        Assert.Null(flowable.GetJob(jobId).LockOwner);
    }

    [Theory]
    [InlineData("PT10M", "2020-05-08T09:35:45.583Z")]
    [InlineData("-PT10M", "2020-05-08T09:35:45.583Z")]
    [InlineData("pt10m", "2020-05-08T09:35:45.583Z")]
    [InlineData("P1D", "2020-05-09T09:25:45.583Z")]
    [InlineData("P1DT1H", "2020-05-09T10:25:45.583Z")]
    [InlineData("PT0.5S", "2020-05-08T09:25:46.083Z")]
    [InlineData("PT0.417S", "2020-05-08T09:25:46Z")]
    [InlineData("PT1.0009S", "2020-05-08T09:25:46.583Z")]
    [InlineData("PT-10M", "2020-05-08T09:35:45.583Z")]
    [InlineData("PT90S", "2020-05-08T09:27:15.583Z")]
    public async Task Lock_durations_follow_java_duration_with_the_sign_ignored_and_millisecond_precision(string lockDuration, string expiration)
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        flowable.CreateBpmnJob("orders");
        using var client = new EmulatorClient(flowable);

        var job = Assert.Single(await client.AcquireAsync("orders", lockDuration: lockDuration));

        Assert.Equal(expiration, job!["lockExpirationTime"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("10m")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("PT10")]
    [InlineData("")]
    [InlineData("P1W")]
    public async Task Invalid_durations_are_a_conversion_error_before_any_other_check(string lockDuration)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        flowable.CreateBpmnJob("orders");
        using var client = new EmulatorClient(flowable);

        var call = await client.PostAsync("acquire/jobs", new JsonObject { ["lockDuration"] = lockDuration });

        Assert.Equal(400, call.StatusCode);
        Assert.Equal("Bad request", call.Json!["message"]!.GetValue<string>());
        Assert.StartsWith("JSON parse error: ", call.Json!["exception"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(lockDuration, call.Json!["exception"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(flowable.Jobs, job => Assert.Null(job.LockOwner));
    }

    [Theory]
    [InlineData("{\"topic\":\"t\",")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"topic\":{},\"lockDuration\":\"PT1M\",\"workerId\":\"w\"}")]
    [InlineData("{\"topic\":\"t\",\"lockDuration\":\"PT1M\",\"workerId\":\"w\",\"numberOfTasks\":null}")]
    [InlineData("{\"topic\":\"t\",\"lockDuration\":\"PT1M\",\"workerId\":\"w\",\"numberOfTasks\":\"many\"}")]
    [InlineData("{\"topic\":\"t\",\"lockDuration\":60,\"workerId\":\"w\"}")]
    public async Task Unreadable_bodies_are_a_json_parse_error(string body)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        var call = await client.PostAsync("acquire/jobs", body);

        Assert.Equal(400, call.StatusCode);
        Assert.Equal("Bad request", call.Json!["message"]!.GetValue<string>());
        Assert.StartsWith("JSON parse error: ", call.Json!["exception"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_body_is_a_bad_request()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.PostAsync("acquire/jobs", string.Empty)).IsBadRequest("Required request body is missing");
    }

    [Fact]
    public async Task Unknown_fields_are_ignored_and_scalars_are_coerced_like_jackson()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        flowable.CreateBpmnJob("orders");
        flowable.CreateBpmnJob("orders");
        using var client = new EmulatorClient(flowable);

        var call = await client.PostAsync(
            "acquire/jobs",
            """{"topic":"orders","lockDuration":"PT1M","workerId":"w","numberOfTasks":"2","tenantId":"acme","status":""}""");

        Assert.Equal(200, call.StatusCode);
        Assert.Equal(2, call.Json!.AsArray().Count);
    }

    [Fact]
    public async Task Acquired_json_has_every_field_of_the_recorded_flowable_answer()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        flowable.CreateBpmnJob("myTopic", EmulatorVariable.String("initiator", "admin"));
        using var client = new EmulatorClient(flowable);
        var recorded = Recordings.Load("test_acquire_jobs.json")
            .First(i => i.Uri.EndsWith("/external-job-api/acquire/jobs", StringComparison.Ordinal))
            .ResponseBody!.AsArray()[0]!.AsObject();

        var job = Assert.Single(await client.AcquireAsync("myTopic", "test-worker", "PT10S"))!.AsObject();

        Assert.Equal(recorded.Select(p => p.Key).Order(StringComparer.Ordinal), job.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (name, value) in recorded)
        {
            Assert.True(value?.GetValueKind() == job[name]?.GetValueKind(), $"'{name}' has kind {job[name]?.GetValueKind()} but the recording has {value?.GetValueKind()}");
        }

        JsonAssert.Equal(recorded["variables"]!.ToJsonString(), job["variables"]);
    }
}
