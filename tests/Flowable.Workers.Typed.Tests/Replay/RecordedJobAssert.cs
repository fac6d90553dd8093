using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Tests.Replay;

/// <summary>Asserts that a parsed job holds every field of the recorded job JSON.</summary>
internal static class RecordedJobAssert
{
    public static void Matches(JsonNode? recorded, ExternalWorkerJob job)
    {
        foreach (var (name, value) in recorded!.AsObject())
        {
            switch (name)
            {
                case "retries":
                    Assert.Equal(value!.GetValue<int>(), job.Retries);
                    break;
                case "dueDate":
                case "createTime":
                case "lockExpirationTime":
                    Assert.Equal(Date(value), DateOf(job, name));
                    break;
                case "variables":
                    Variables(value!.AsArray(), job);
                    break;
                default:
                    Assert.True(StringFields.TryGetValue(name, out var read), $"The recording has a job field '{name}' the SDK does not read.");
                    Assert.Equal(value?.GetValue<string>(), read(job));
                    break;
            }
        }
    }

    private static readonly Dictionary<string, Func<ExternalWorkerJob, string?>> StringFields = new(StringComparer.Ordinal)
    {
        ["id"] = job => job.Id,
        ["url"] = job => job.Url,
        ["correlationId"] = job => job.CorrelationId,
        ["processInstanceId"] = job => job.ProcessInstanceId,
        ["processDefinitionId"] = job => job.ProcessDefinitionId,
        ["executionId"] = job => job.ExecutionId,
        ["scopeId"] = job => job.ScopeId,
        ["subScopeId"] = job => job.SubScopeId,
        ["scopeDefinitionId"] = job => job.ScopeDefinitionId,
        ["scopeType"] = job => job.ScopeType,
        ["elementId"] = job => job.ElementId,
        ["elementName"] = job => job.ElementName,
        ["exceptionMessage"] = job => job.ExceptionMessage,
        ["tenantId"] = job => job.TenantId,
        ["lockOwner"] = job => job.LockOwner,
    };

    private static DateTimeOffset? DateOf(ExternalWorkerJob job, string name) => name switch
    {
        "dueDate" => job.DueDate,
        "createTime" => job.CreateTime,
        _ => job.LockExpirationTime,
    };

    private static DateTimeOffset? Date(JsonNode? value) =>
        value is null ? null : DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static void Variables(JsonArray recorded, ExternalWorkerJob job)
    {
        Assert.Equal(recorded.Count, job.Variables.Count);
        foreach (var variable in recorded)
        {
            var name = variable!["name"]!.GetValue<string>();
            Assert.True(job.TryGetVariable(name, out var parsed), $"variable {name} missing");
            Assert.Equal(variable["type"]?.GetValue<string>(), parsed.Type);
            var expected = variable["value"];
            if (expected is null)
            {
                Assert.True(parsed.IsNull);
            }
            else
            {
                Assert.True(JsonElement.DeepEquals(JsonSerializer.SerializeToElement(expected), parsed.Value), $"variable {name} value");
            }
        }
    }
}
