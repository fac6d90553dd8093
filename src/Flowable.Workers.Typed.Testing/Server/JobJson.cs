using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing.Wire;

namespace Flowable.Workers.Typed.Testing.Server;

/// <summary>The job JSON of §4 (<c>ExternalWorkerJobResponse</c>, plus <c>variables</c> for acquired jobs).</summary>
internal static class JobJson
{
    public static JsonObject Write(EmulatorJobState job, string apiUrl, bool withVariables)
    {
        var json = new JsonObject
        {
            ["id"] = job.Id,
            ["url"] = $"{apiUrl}/jobs/{job.Id}",
            ["correlationId"] = job.CorrelationId,
            ["processInstanceId"] = job.ProcessInstanceId,
            ["processDefinitionId"] = job.ProcessDefinitionId,
            ["executionId"] = job.ExecutionId,
            ["scopeId"] = job.ScopeId,
            ["subScopeId"] = job.SubScopeId,
            ["scopeDefinitionId"] = job.ScopeDefinitionId,
            ["scopeType"] = job.ScopeType,
            ["elementId"] = job.ElementId,
            ["elementName"] = job.ElementName,
            ["retries"] = job.Retries,
            ["exceptionMessage"] = job.ExceptionMessage,
            ["dueDate"] = Date(job.DueDate),
            ["createTime"] = Date(job.CreateTime),
            ["tenantId"] = job.TenantId,
            ["lockOwner"] = job.LockOwner,
            ["lockExpirationTime"] = Date(job.LockExpirationTime),
        };
        if (withVariables)
        {
            json["variables"] = new JsonArray([.. job.Variables.Select(JsonNode (v) => v.ToJson())]);
        }

        return json;
    }

    private static string? Date(DateTimeOffset? value) =>
        value is { } date ? JavaTimeFormat.Instant(JavaTimeFormat.ToMilliseconds(date)) : null;
}
