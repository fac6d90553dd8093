using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Replay;

/// <summary>Issues, through <see cref="IFlowableExternalJobApi"/>, the call that produces a recorded request.</summary>
internal static class RecordedCall
{
    /// <returns>The parsed response: a job list, a page, a job, or null for an endpoint without response body.</returns>
    public static async Task<object?> InvokeAsync(IFlowableExternalJobApi api, RecordedInteraction recorded)
    {
        var segments = recorded.ApiRelativePath.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var body = recorded.RequestBody as JsonObject;
        switch (recorded.Method, segments)
        {
            case ("POST", ["acquire", "jobs"]):
                return await api.AcquireJobsAsync(new AcquireJobsRequest
                {
                    Topic = String(body, "topic")!,
                    LockDuration = IsoDuration.Parse(String(body, "lockDuration")!),
                    NumberOfTasks = body!["numberOfTasks"]!.GetValue<int>(),
                    NumberOfRetries = body["numberOfRetries"]!.GetValue<int>(),
                    WorkerId = String(body, "workerId")!,
                    ScopeType = String(body, "scopeType") switch
                    {
                        null => ScopeType.Any,
                        "bpmn" => ScopeType.Bpmn,
                        "cmmn" => ScopeType.Cmmn,
                        var other => throw new NotSupportedException($"scopeType {other}"),
                    },
                });
            case ("POST", ["acquire", "jobs", var jobId, "complete"]):
                await api.CompleteJobAsync(jobId, new CompleteJobRequest { WorkerId = String(body, "workerId")!, Variables = Variables(body) });
                return null;
            case ("POST", ["acquire", "jobs", var jobId, "bpmnError"]):
                await api.BpmnErrorAsync(jobId, new BpmnErrorRequest
                {
                    WorkerId = String(body, "workerId")!,
                    Variables = Variables(body),
                    ErrorCode = String(body, "errorCode"),
                });
                return null;
            case ("POST", ["acquire", "jobs", var jobId, "cmmnTerminate"]):
                await api.CmmnTerminateAsync(jobId, new CmmnTerminateRequest { WorkerId = String(body, "workerId")!, Variables = Variables(body) });
                return null;
            case ("POST", ["acquire", "jobs", var jobId, "fail"]):
                await api.FailJobAsync(jobId, new FailJobRequest
                {
                    WorkerId = String(body, "workerId")!,
                    ErrorMessage = String(body, "errorMessage"),
                    ErrorDetails = String(body, "errorDetails"),
                    Retries = body!["retries"]?.GetValue<int>(),
                    RetryTimeout = String(body, "retryTimeout") is { } timeout ? IsoDuration.Parse(timeout) : null,
                });
                return null;
            case ("GET", ["jobs"]):
                return await api.ListJobsAsync(Query(recorded.Query));
            case ("GET", ["jobs", var jobId]):
                return await api.GetJobAsync(jobId);
            case ("POST", ["unacquire", "jobs"]):
                await api.UnacquireJobsAsync(new UnacquireJobsRequest { WorkerId = String(body, "workerId")!, TenantId = String(body, "tenantId") });
                return null;
            case ("POST", ["unacquire", "jobs", var jobId]):
                await api.UnacquireJobAsync(jobId, new UnacquireJobsRequest { WorkerId = String(body, "workerId")!, TenantId = String(body, "tenantId") });
                return null;
            default:
                throw new NotSupportedException($"No SDK call is known for the recorded {recorded}; map it here.");
        }
    }

    private static string? String(JsonObject? body, string name) => body?[name]?.GetValue<string>();

    private static IReadOnlyList<RestVariable> Variables(JsonObject? body) =>
        body?["variables"] is JsonArray variables
            ? JsonSerializer.Deserialize<List<RestVariable>>(variables.ToJsonString())!
            : [];

    private static ExternalWorkerJobQuery Query(IReadOnlyDictionary<string, string> parameters)
    {
        var query = new ExternalWorkerJobQuery();
        foreach (var (name, value) in parameters)
        {
            query = name switch
            {
                "id" => query with { Id = value },
                "processInstanceId" => query with { ProcessInstanceId = value },
                "executionId" => query with { ExecutionId = value },
                "processDefinitionId" => query with { ProcessDefinitionId = value },
                "scopeId" => query with { ScopeId = value },
                "subScopeId" => query with { SubScopeId = value },
                "scopeDefinitionId" => query with { ScopeDefinitionId = value },
                "scopeType" => query with { ScopeType = value },
                "elementId" => query with { ElementId = value },
                "elementName" => query with { ElementName = value },
                "exceptionMessage" => query with { ExceptionMessage = value },
                "tenantId" => query with { TenantId = value },
                "tenantIdLike" => query with { TenantIdLike = value },
                "sort" => query with { Sort = value },
                "order" => query with { Order = value },
                "start" => query with { Start = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "size" => query with { Size = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new NotSupportedException($"Query parameter {name} is not mapped; add it here."),
            };
        }

        return query;
    }
}
