using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Tests.Variables;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Results;

public class WorkerResultBuilderTests
{
    private enum Outcome
    {
        Approved,
        Rejected,
    }

    private static readonly ExternalWorkerJob BpmnJob = new() { Id = "JOB-B", ProcessInstanceId = "PRC-1" };
    private static readonly ExternalWorkerJob CmmnJob = new() { Id = "JOB-C", ScopeId = "CAS-1", ScopeType = "cmmn" };

    [Fact]
    public void Success_collects_every_supported_type_with_its_wire_form()
    {
        WorkerResult result = new WorkerResultBuilder(BpmnJob).Success()
            .Variable("s", "text")
            .Variable("i", 1)
            .Variable("l", 2L)
            .Variable("h", (short)3)
            .Variable("d", 4.5)
            .Variable("f", 5.5f)
            .Variable("m", 6.25m)
            .Variable("b", new BigInteger(7))
            .Variable("t", true)
            .Variable("o", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero))
            .Variable("dt", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc))
            .Variable("day", new DateOnly(2024, 1, 2))
            .Variable("g", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"))
            .Variable("je", JsonElement.Parse("[1]"))
            .Variable("jn", new JsonArray(1, 2))
            .Variable("e", Outcome.Rejected)
            .JsonVariable("order", new Order("A-1", []), TestJsonContext.Default.Order)
            .Variable(VariableWriter.LocalDateTime("ldt", new DateTime(2024, 1, 2, 3, 4, 0)));

        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Equal(
            [
                """{"name":"s","type":"string","value":"text","valueUrl":null}""",
                """{"name":"i","type":"integer","value":1,"valueUrl":null}""",
                """{"name":"l","type":"long","value":2,"valueUrl":null}""",
                """{"name":"h","type":"short","value":3,"valueUrl":null}""",
                """{"name":"d","type":"double","value":4.5,"valueUrl":null}""",
                """{"name":"f","type":"double","value":5.5,"valueUrl":null}""",
                """{"name":"m","type":"bigDecimal","value":"6.25","valueUrl":null}""",
                """{"name":"b","type":"bigInteger","value":"7","valueUrl":null}""",
                """{"name":"t","type":"boolean","value":true,"valueUrl":null}""",
                """{"name":"o","type":"date","value":"2024-01-02T03:04:05.000Z","valueUrl":null}""",
                """{"name":"dt","type":"date","value":"2024-01-02T03:04:05.000Z","valueUrl":null}""",
                """{"name":"day","type":"localDate","value":"2024-01-02","valueUrl":null}""",
                """{"name":"g","type":"string","value":"0f8fad5b-d9cb-469f-a165-70867728950e","valueUrl":null}""",
                """{"name":"je","type":"json","value":[1],"valueUrl":null}""",
                """{"name":"jn","type":"json","value":[1,2],"valueUrl":null}""",
                """{"name":"e","type":"string","value":"Rejected","valueUrl":null}""",
                """{"name":"order","type":"json","value":{"id":"A-1","lines":[]},"valueUrl":null}""",
                """{"name":"ldt","type":"localDateTime","value":"2024-01-02T03:04:00.000","valueUrl":null}""",
            ],
            result.Variables.Select(Wire.Write));
    }

    [Fact]
    public void Null_values_are_sent_as_null_with_their_type()
    {
        WorkerResult result = new WorkerResultBuilder(BpmnJob).Success()
            .Variable("s", (string?)null)
            .Variable("i", (int?)null)
            .Variable("e", (Outcome?)null);

        Assert.Equal(
            [
                """{"name":"s","type":"string","value":null,"valueUrl":null}""",
                """{"name":"i","type":"integer","value":null,"valueUrl":null}""",
                """{"name":"e","type":"string","value":null,"valueUrl":null}""",
            ],
            result.Variables.Select(Wire.Write));
    }

    [Fact]
    public void Setting_a_name_again_replaces_its_value_in_place()
    {
        WorkerResult result = new WorkerResultBuilder(BpmnJob).Success().Variable("a", 1).Variable("b", 2).Variable("a", "x");

        Assert.Equal(["a", "b"], result.Variables.Select(v => v.Name));
        Assert.Equal("x", result.Variables[0].Value.GetString());
    }

    [Fact]
    public void A_variable_needs_a_name() =>
        Assert.ThrowsAny<ArgumentException>(() => new WorkerResultBuilder(BpmnJob).Success().Variable("", 1));

    [Fact]
    public void Failure_sets_its_values_fluently()
    {
        WorkerResult result = new WorkerResultBuilder(BpmnJob).Failure()
            .Message("down").Details("trace").Retries(2).RetryTimeout(TimeSpan.FromSeconds(30));

        Assert.Equal((WorkerResultKind.Fail, "down", "trace", (int?)2, (TimeSpan?)TimeSpan.FromSeconds(30)),
            (result.Kind, result.ErrorMessage, result.ErrorDetails, result.Retries, result.RetryTimeout));

        WorkerResult bare = new WorkerResultBuilder(BpmnJob).Failure();
        Assert.Equal((WorkerResultKind.Fail, (string?)null, (int?)null), (bare.Kind, bare.ErrorMessage, bare.Retries));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerResultBuilder(BpmnJob).Failure().Retries(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerResultBuilder(BpmnJob).Failure().RetryTimeout(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void A_bpmn_error_carries_its_code_and_variables()
    {
        WorkerResult result = new WorkerResultBuilder(BpmnJob).BpmnError("declined").Variable("reason", "expired");
        WorkerResult anyError = new WorkerResultBuilder(BpmnJob).BpmnError(null);

        Assert.Equal((WorkerResultKind.BpmnError, "declined", "reason"), (result.Kind, result.ErrorCode, Assert.Single(result.Variables).Name));
        Assert.Null(anyError.ErrorCode);
    }

    [Fact]
    public void A_cmmn_terminate_carries_its_variables()
    {
        WorkerResult result = new WorkerResultBuilder(CmmnJob).CmmnTerminate().Variable("cancelled", true);

        Assert.Equal((WorkerResultKind.CmmnTerminate, "cancelled"), (result.Kind, Assert.Single(result.Variables).Name));
    }

    [Fact]
    public void An_outcome_the_job_scope_cannot_take_is_refused_before_the_server_would()
    {
        var bpmnOnCmmn = Assert.Throws<InvalidOperationException>(() => new WorkerResultBuilder(CmmnJob).BpmnError("x"));
        var terminateOnBpmn = Assert.Throws<InvalidOperationException>(() => new WorkerResultBuilder(BpmnJob).CmmnTerminate());

        Assert.Equal("Job JOB-C is not a BPMN job (scope type 'cmmn'): only BPMN jobs can end with a BPMN error.", bpmnOnCmmn.Message);
        Assert.Equal("Job JOB-B is not a CMMN job (no scope type): only CMMN jobs can be terminated.", terminateOnBpmn.Message);
    }

    [Fact]
    public void A_result_is_a_snapshot_of_the_builder()
    {
        var success = new WorkerResultBuilder(BpmnJob).Success().Variable("a", 1);
        WorkerResult result = success;
        success.Variable("b", 2);

        Assert.Single(result.Variables);
    }

    [Fact]
    public async Task An_async_handler_returns_the_builder_result_directly()
    {
        static async Task<WorkerResult> Handle(ExternalWorkerJob job, WorkerResultBuilder builder)
        {
            await Task.Yield();
            return builder.Success().Variable("jobId", job.Id);
        }

        var result = await Handle(BpmnJob, new WorkerResultBuilder(BpmnJob));

        Assert.Equal("JOB-B", result.Variables[0].Value.GetString());
    }
}
