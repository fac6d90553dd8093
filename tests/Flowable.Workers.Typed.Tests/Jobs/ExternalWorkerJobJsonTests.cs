using System.Text.Json;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Jobs;

public class ExternalWorkerJobJsonTests
{
    private static List<ExternalWorkerJob> ParseJobs(string json) =>
        JsonSerializer.Deserialize(json, JobJsonContext.Default.ListExternalWorkerJob)!;

    private static ExternalWorkerJob ParseJob(string json) =>
        JsonSerializer.Deserialize(json, JobJsonContext.Default.ExternalWorkerJob)!;

    [Fact]
    public void The_recorded_bpmn_acquire_response_fills_every_field()
    {
        var body = Recordings.AcquireResponses().First(r => r.File == "test_acquire_jobs.json").Body;

        var job = Assert.Single(ParseJobs(body.GetRawText()));

        Assert.Equal("JOB-36ebec96-360d-11ee-8300-0242c0a8d006", job.Id);
        Assert.Equal("http://localhost:8090/external-job-api/jobs/JOB-36ebec96-360d-11ee-8300-0242c0a8d006", job.Url);
        Assert.Equal("36ebec95-360d-11ee-8300-0242c0a8d006", job.CorrelationId);
        Assert.Equal("PRC-36eb9f6c-360d-11ee-8300-0242c0a8d006", job.ProcessInstanceId);
        Assert.Equal("PRC-externalWorkerProcess:6:36ba2f2a-360d-11ee-8300-0242c0a8d006", job.ProcessDefinitionId);
        Assert.Equal("PRC-36ebc67f-360d-11ee-8300-0242c0a8d006", job.ExecutionId);
        Assert.Null(job.ScopeId);
        Assert.Null(job.SubScopeId);
        Assert.Null(job.ScopeDefinitionId);
        Assert.Null(job.ScopeType);
        Assert.Equal("bpmnTask_3", job.ElementId);
        Assert.Equal("External Worker task", job.ElementName);
        Assert.Equal(3, job.Retries);
        Assert.Null(job.ExceptionMessage);
        Assert.Null(job.DueDate);
        Assert.Equal(new DateTimeOffset(2023, 8, 8, 17, 1, 27, 897, TimeSpan.Zero), job.CreateTime);
        Assert.Equal("", job.TenantId);
        Assert.Equal("test-worker", job.LockOwner);
        Assert.Equal(new DateTimeOffset(2023, 8, 8, 17, 1, 38, 28, TimeSpan.Zero), job.LockExpirationTime);
        Assert.True(job.IsBpmn);
        Assert.False(job.IsCmmn);
        var variable = Assert.Single(job.Variables);
        Assert.Equal(("initiator", "string", "admin"), (variable.Name, variable.Type, variable.Value.GetString()));
        Assert.Equal("admin", job.GetVariable<string>("initiator"));
    }

    [Fact]
    public void The_recorded_cmmn_acquire_response_is_a_cmmn_job()
    {
        var body = Recordings.AcquireResponses().First(r => r.File == "test_consume_with_cmmn_terminate.json").Body;

        var job = Assert.Single(ParseJobs(body.GetRawText()));

        Assert.True(job.IsCmmn);
        Assert.False(job.IsBpmn);
        Assert.Equal("cmmn", job.ScopeType);
        Assert.NotNull(job.ScopeId);
        Assert.NotNull(job.SubScopeId);
        Assert.NotNull(job.ScopeDefinitionId);
        Assert.Null(job.ProcessInstanceId);
        Assert.Null(job.ProcessDefinitionId);
        Assert.Null(job.ExecutionId);
    }

    [Fact]
    public void Every_recorded_acquire_and_get_response_parses_completely()
    {
        var jobs = Recordings.AcquireResponses()
            .SelectMany(r => ParseJobs(r.Body.GetRawText()).Select(job => (r.File, job)))
            .Concat(Recordings.GetJobResponses().Select(r => (r.File, job: ParseJob(r.Body.GetRawText()))))
            .ToList();

        Assert.True(jobs.Count >= 15, $"only {jobs.Count} recorded jobs found");
        Assert.All(jobs, item =>
        {
            var (file, job) = item;
            Assert.True(job.Url!.EndsWith("/jobs/" + job.Id, StringComparison.Ordinal), file);
            Assert.NotNull(job.CreateTime);
            Assert.NotNull(job.Variables);
            Assert.True(job.IsBpmn ^ job.IsCmmn, file);
            Assert.Equal(job.IsBpmn, job.ProcessDefinitionId is not null);
        });
        Assert.Contains(jobs, item => item.job.IsCmmn);
        Assert.Contains(jobs, item => item.job.LockOwner is null && item.job.ExceptionMessage is not null);
    }

    [Fact]
    public void The_alphabetical_2026_shape_with_dates_without_milliseconds_parses()
    {
        const string json = """
            {"correlationId":"c-1","createTime":"2020-05-08T09:35:45Z","dueDate":null,"elementId":"task",
             "elementName":null,"exceptionMessage":"boom","executionId":"E-1","id":"JOB-1",
             "lockExpirationTime":"2020-05-08T09:36:45.5Z","lockOwner":null,"processDefinitionId":"P:1:x",
             "processInstanceId":"P-1","retries":2,"scopeDefinitionId":null,"scopeId":null,"scopeType":null,
             "subScopeId":null,"tenantId":null,"url":"http://h/external-job-api/jobs/JOB-1","unknownField":{"x":1}}
            """;

        var job = ParseJob(json);

        Assert.Equal("JOB-1", job.Id);
        Assert.Equal(new DateTimeOffset(2020, 5, 8, 9, 35, 45, TimeSpan.Zero), job.CreateTime);
        Assert.Equal(new DateTimeOffset(2020, 5, 8, 9, 36, 45, 500, TimeSpan.Zero), job.LockExpirationTime);
        Assert.Equal(2, job.Retries);
        Assert.Equal("boom", job.ExceptionMessage);
        Assert.Null(job.TenantId);
        Assert.Empty(job.Variables);
    }

    [Fact]
    public void An_escaped_date_is_unescaped_before_parsing() =>
        Assert.Equal(
            new DateTimeOffset(2020, 5, 8, 9, 35, 45, 583, TimeSpan.Zero),
            ParseJob("""{"id":"JOB-1","createTime":"2020-05-08T09:35:45\u002E583Z"}""").CreateTime);

    [Fact]
    public void Null_variables_become_an_empty_list() =>
        Assert.Empty(ParseJob("""{"id":"JOB-1","variables":null}""").Variables);

    [Theory]
    [InlineData("""{"id":"JOB-1","createTime":"yesterday"}""", "\"yesterday\" is not an ISO-8601 date such as 2023-08-08T17:01:27.897Z.")]
    [InlineData("""{"id":"JOB-1","createTime":1588930545000}""", "A Flowable date must be a JSON string or null, not Number.")]
    public void A_malformed_date_is_a_json_error_that_names_it(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => ParseJob(json));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_without_id_is_rejected() =>
        Assert.Throws<JsonException>(() => ParseJob("""{"url":"http://h/jobs/x"}"""));

    [Fact]
    public void A_job_writes_dates_in_the_form_every_server_reads()
    {
        var job = new ExternalWorkerJob
        {
            Id = "JOB-1",
            CreateTime = new DateTimeOffset(2020, 5, 8, 11, 35, 45, TimeSpan.FromHours(2)),
            Variables = [VariableWriter.Int32("n", 1)],
        };

        var json = JsonSerializer.Serialize(job, JobJsonContext.Default.ExternalWorkerJob);
        var roundTrip = ParseJob(json);

        Assert.Contains("\"createTime\":\"2020-05-08T09:35:45.000Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dueDate\":null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isBpmn", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(job.CreateTime, roundTrip.CreateTime);
        Assert.Equal(1, roundTrip.GetVariable<int>("n"));
    }
}
