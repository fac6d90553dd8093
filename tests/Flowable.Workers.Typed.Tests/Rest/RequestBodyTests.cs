using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Tests.Rest.Stubs;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Rest;

/// <summary>The JSON each endpoint sends, field for field, as Flowable's official clients send it.</summary>
public sealed class RequestBodyTests
{
    private readonly StubHandler _handler = new(_ => StubResponses.Json(System.Net.HttpStatusCode.OK, "[]"));

    [Fact]
    public async Task Acquire_sends_every_field_with_a_null_scope_type_and_iso_lock_duration()
    {
        await TestApis.Over(_handler).AcquireJobsAsync(new AcquireJobsRequest
        {
            Topic = "myTopic",
            LockDuration = TimeSpan.FromSeconds(10),
            WorkerId = "test-worker",
        });

        AssertSent("POST", "/acquire/jobs",
            """{"topic":"myTopic","lockDuration":"PT10S","numberOfTasks":1,"numberOfRetries":5,"workerId":"test-worker","scopeType":null}""");
    }

    [Theory]
    [InlineData(ScopeType.Bpmn, "\"bpmn\"")]
    [InlineData(ScopeType.Cmmn, "\"cmmn\"")]
    public async Task Acquire_sends_the_scope_type_filter(ScopeType scopeType, string expected)
    {
        await TestApis.Over(_handler).AcquireJobsAsync(new AcquireJobsRequest
        {
            Topic = "t",
            LockDuration = TimeSpan.FromHours(1) + TimeSpan.FromMinutes(30),
            NumberOfTasks = 4,
            NumberOfRetries = 2,
            WorkerId = "w",
            ScopeType = scopeType,
        });

        AssertSent("POST", "/acquire/jobs",
            $$"""{"topic":"t","lockDuration":"PT1H30M","numberOfTasks":4,"numberOfRetries":2,"workerId":"w","scopeType":{{expected}}}""");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Acquire_refuses_counts_below_one_instead_of_getting_an_empty_list(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcquireJobsRequest { Topic = "t", LockDuration = TimeSpan.FromMinutes(1), WorkerId = "w", NumberOfTasks = count });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcquireJobsRequest { Topic = "t", LockDuration = TimeSpan.FromMinutes(1), WorkerId = "w", NumberOfRetries = count });
    }

    [Fact]
    public async Task Complete_without_variables_sends_an_empty_array()
    {
        await TestApis.Over(_handler).CompleteJobAsync("JOB-1", new CompleteJobRequest { WorkerId = "test-worker", Variables = null! });

        AssertSent("POST", "/acquire/jobs/JOB-1/complete", """{"workerId":"test-worker","variables":[]}""");
    }

    [Fact]
    public async Task Complete_sends_variables_as_flowable_rest_variables()
    {
        await TestApis.Over(_handler).CompleteJobAsync("JOB-1", new CompleteJobRequest
        {
            WorkerId = "test-worker",
            Variables = [Variable("testVar", "string", "\"test content\""), Variable("amount", "integer", "50")],
        });

        AssertSent("POST", "/acquire/jobs/JOB-1/complete",
            """{"workerId":"test-worker","variables":[{"name":"testVar","type":"string","value":"test content","valueUrl":null},{"name":"amount","type":"integer","value":50,"valueUrl":null}]}""");
    }

    [Fact]
    public async Task Bpmn_error_without_code_sends_a_null_error_code()
    {
        await TestApis.Over(_handler).BpmnErrorAsync("JOB-1", new BpmnErrorRequest { WorkerId = "w" });

        AssertSent("POST", "/acquire/jobs/JOB-1/bpmnError", """{"workerId":"w","variables":[],"errorCode":null}""");
    }

    [Fact]
    public async Task Bpmn_error_sends_its_code()
    {
        await TestApis.Over(_handler).BpmnErrorAsync("JOB-1", new BpmnErrorRequest { WorkerId = "w", ErrorCode = "errorCode1" });

        AssertSent("POST", "/acquire/jobs/JOB-1/bpmnError", """{"workerId":"w","variables":[],"errorCode":"errorCode1"}""");
    }

    [Fact]
    public async Task Cmmn_terminate_sends_worker_and_variables()
    {
        await TestApis.Over(_handler).CmmnTerminateAsync("JOB-1", new CmmnTerminateRequest { WorkerId = "w" });

        AssertSent("POST", "/acquire/jobs/JOB-1/cmmnTerminate", """{"workerId":"w","variables":[]}""");
    }

    [Fact]
    public async Task Fail_sends_unset_fields_as_null()
    {
        await TestApis.Over(_handler).FailJobAsync("JOB-1", new FailJobRequest { WorkerId = "w" });

        AssertSent("POST", "/acquire/jobs/JOB-1/fail",
            """{"workerId":"w","errorMessage":null,"errorDetails":null,"retries":null,"retryTimeout":null}""");
    }

    [Fact]
    public async Task Fail_sends_message_details_retries_and_iso_retry_timeout()
    {
        await TestApis.Over(_handler).FailJobAsync("JOB-1", new FailJobRequest
        {
            WorkerId = "w",
            ErrorMessage = "Test Error Message",
            ErrorDetails = "Some error details",
            Retries = 0,
            RetryTimeout = TimeSpan.FromMinutes(5),
        });

        AssertSent("POST", "/acquire/jobs/JOB-1/fail",
            """{"workerId":"w","errorMessage":"Test Error Message","errorDetails":"Some error details","retries":0,"retryTimeout":"PT5M"}""");
    }

    [Fact]
    public async Task Unacquire_all_sends_worker_and_tenant()
    {
        await TestApis.Over(_handler).UnacquireJobsAsync(new UnacquireJobsRequest { WorkerId = "w", TenantId = "acme" });

        AssertSent("POST", "/unacquire/jobs", """{"workerId":"w","tenantId":"acme"}""");
    }

    [Fact]
    public async Task Unacquire_one_sends_the_worker()
    {
        await TestApis.Over(_handler).UnacquireJobAsync("JOB-1", new UnacquireJobsRequest { WorkerId = "w" });

        AssertSent("POST", "/unacquire/jobs/JOB-1", """{"workerId":"w","tenantId":null}""");
    }

    private static RestVariable Variable(string name, string type, string json) =>
        new(name, type, JsonDocument.Parse(json).RootElement.Clone());

    private void AssertSent(string method, string apiPath, string expectedJson)
    {
        var sent = _handler.Single;
        Assert.Equal(method, sent.Method);
        Assert.Equal("/flowable-work/external-job-api" + apiPath, sent.Uri.AbsolutePath);
        Assert.Equal("application/json", sent.ContentType);
        var expected = JsonNode.Parse(expectedJson);
        var actual = JsonNode.Parse(sent.Body!);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected?.ToJsonString()}\nactual   {actual?.ToJsonString()}");
        Assert.Equal(
            expected!.AsObject().Select(p => p.Key),
            actual!.AsObject().Select(p => p.Key));
    }
}
