using System.Net;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Tests.Rest.Stubs;

namespace Flowable.Workers.Typed.Tests.Rest;

public sealed class QueryStringTests
{
    private readonly StubHandler _handler = new(_ => StubResponses.Json(HttpStatusCode.OK,
        """{"data":[],"total":0,"start":0,"sort":"id","order":"asc","size":0}"""));

    [Fact]
    public async Task An_empty_query_sends_no_query_string()
    {
        await TestApis.Over(_handler).ListJobsAsync(new ExternalWorkerJobQuery());

        Assert.Equal("http://flowable.test/flowable-work/external-job-api/jobs", _handler.Single.Uri.ToString());
    }

    [Fact]
    public async Task Every_filter_and_paging_field_has_flowables_parameter_name()
    {
        await TestApis.Over(_handler).ListJobsAsync(new ExternalWorkerJobQuery
        {
            Id = "JOB-1",
            ProcessInstanceId = "PRC-1",
            WithoutProcessInstanceId = true,
            ExecutionId = "EXE-1",
            ProcessDefinitionId = "DEF-1",
            ScopeId = "CAS-1",
            WithoutScopeId = true,
            SubScopeId = "PLI-1",
            ScopeDefinitionId = "CDEF-1",
            ScopeType = "cmmn",
            WithoutScopeType = false,
            ElementId = "task1",
            ElementName = "Order Service",
            WithException = true,
            ExceptionMessage = "Error message",
            TenantId = "acme",
            TenantIdLike = "ac%",
            WithoutTenantId = true,
            Locked = true,
            Unlocked = false,
            Start = 20,
            Size = 10,
            Sort = "createTime",
            Order = "desc",
        });

        var query = System.Web.HttpUtility.ParseQueryString(_handler.Single.Uri.Query);
        var expected = new Dictionary<string, string>
        {
            ["id"] = "JOB-1",
            ["processInstanceId"] = "PRC-1",
            ["withoutProcessInstanceId"] = "true",
            ["executionId"] = "EXE-1",
            ["processDefinitionId"] = "DEF-1",
            ["scopeId"] = "CAS-1",
            ["withoutScopeId"] = "true",
            ["subScopeId"] = "PLI-1",
            ["scopeDefinitionId"] = "CDEF-1",
            ["scopeType"] = "cmmn",
            ["withoutScopeType"] = "false",
            ["elementId"] = "task1",
            ["elementName"] = "Order Service",
            ["withException"] = "true",
            ["exceptionMessage"] = "Error message",
            ["tenantId"] = "acme",
            ["tenantIdLike"] = "ac%",
            ["withoutTenantId"] = "true",
            ["locked"] = "true",
            ["unlocked"] = "false",
            ["start"] = "20",
            ["size"] = "10",
            ["sort"] = "createTime",
            ["order"] = "desc",
        };
        Assert.Equal(expected.OrderBy(p => p.Key), query.AllKeys.ToDictionary(k => k!, k => query[k]!).OrderBy(p => p.Key));
        Assert.Equal("/flowable-work/external-job-api/jobs", _handler.Single.Uri.AbsolutePath);
    }

    [Fact]
    public async Task Query_values_are_escaped()
    {
        await TestApis.Over(_handler).ListJobsAsync(new ExternalWorkerJobQuery { ElementName = "A & B=C", TenantIdLike = "a%" });

        Assert.Contains("elementName=A%20%26%20B%3DC", _handler.Single.Uri.Query, StringComparison.Ordinal);
        Assert.Contains("tenantIdLike=a%25", _handler.Single.Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_job_sends_no_body()
    {
        var handler = new StubHandler(_ => StubResponses.Json(HttpStatusCode.OK, """{"id":"JOB-1"}"""));

        await TestApis.Over(handler).GetJobAsync("JOB-1");

        Assert.Equal("GET", handler.Single.Method);
        Assert.Null(handler.Single.Body);
    }
}
