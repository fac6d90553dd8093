using System.Net;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Tests.Rest.Stubs;

namespace Flowable.Workers.Typed.Tests.Rest;

public sealed class ResponseParsingTests
{
    [Theory]
    [InlineData("2020-05-08T09:35:45Z", 0)]
    [InlineData("2020-05-08T09:35:45.583Z", 583)]
    public async Task Job_dates_parse_with_and_without_milliseconds(string date, int milliseconds)
    {
        var api = TestApis.Over(new StubHandler(_ => StubResponses.Json(HttpStatusCode.OK,
            $$"""{"id":"JOB-1","createTime":"{{date}}","lockExpirationTime":null,"dueDate":null,"retries":3}""")));

        var job = await api.GetJobAsync("JOB-1");

        Assert.Equal(new DateTimeOffset(2020, 5, 8, 9, 35, 45, milliseconds, TimeSpan.Zero), job.CreateTime);
        Assert.Null(job.LockExpirationTime);
        Assert.Equal(3, job.Retries);
        Assert.Empty(job.Variables);
    }

    [Fact]
    public async Task An_empty_acquire_is_an_empty_list()
    {
        var api = TestApis.Over(new StubHandler(_ => StubResponses.Json(HttpStatusCode.OK, "[]")));

        var jobs = await api.AcquireJobsAsync(new AcquireJobsRequest { Topic = "t", LockDuration = TimeSpan.FromMinutes(1), WorkerId = "w" });

        Assert.Empty(jobs);
    }

    [Fact]
    public async Task The_empty_page_envelope_parses()
    {
        var api = TestApis.Over(new StubHandler(_ => StubResponses.Json(HttpStatusCode.OK,
            """{"data":[],"total":0,"start":0,"sort":"id","order":"asc","size":0}""")));

        var page = await api.ListJobsAsync(new ExternalWorkerJobQuery());

        Assert.Equal(new ExternalWorkerJobPage { Data = page.Data, Total = 0, Start = 0, Sort = "id", Order = "asc", Size = 0 }, page);
        Assert.Empty(page.Data);
    }

    [Fact]
    public async Task A_success_body_that_is_not_json_throws_a_format_exception_naming_the_request()
    {
        var api = TestApis.Over(new StubHandler(_ => StubResponses.Text(HttpStatusCode.OK, "<html>login</html>", "text/html")));

        var error = await Assert.ThrowsAsync<FlowableResponseFormatException>(() => api.GetJobAsync("JOB-1"));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.StartsWith("Flowable returned 200 OK for GET /flowable-work/external-job-api/jobs/JOB-1 with a body that is not the expected JSON", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task A_job_with_an_unparseable_date_is_a_format_error()
    {
        var api = TestApis.Over(new StubHandler(_ => StubResponses.Json(HttpStatusCode.OK, """{"id":"JOB-1","createTime":"yesterday"}""")));

        var error = await Assert.ThrowsAsync<FlowableResponseFormatException>(() => api.GetJobAsync("JOB-1"));

        Assert.Contains("yesterday", error.Message, StringComparison.Ordinal);
    }
}
