using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>
/// Replays the external-job-api requests of the recordings of a real Flowable server against the emulator. Before
/// each recorded acquire, the jobs it returned are created in the emulator with the same ids and fields; then every
/// request must get the recorded status, and every JSON answer the recorded body (times and hosts aside).
/// </summary>
public sealed class RecordingReplayTests
{
    private const string ApiMarker = "/external-job-api";
    private static readonly string[] Times = ["createTime", "lockExpirationTime", "dueDate"];

    [Theory]
    [InlineData("test_acquire_jobs.json")]
    [InlineData("test_complete_job.json")]
    [InlineData("test_consume.json")]
    [InlineData("test_consume_with_bpmn_error.json")]
    [InlineData("test_consume_with_cmmn_terminate.json")]
    [InlineData("test_fail_job.json")]
    [InlineData("test_job_with_bpmn_error_without_error_code_1_execute_first.json")]
    [InlineData("test_job_with_bpmn_error_without_error_code_2_execute_second.json")]
    [InlineData("test_job_with_bpmn_error_without_error_code_execute_first.json")]
    [InlineData("test_job_with_cmmn_terminate.json")]
    [InlineData("test_subscribe_with_bpmn_error.json")]
    public async Task The_emulator_answers_recorded_requests_as_flowable_did(string recording)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);
        var interactions = Recordings.Load(recording).Where(i => i.Uri.Contains(ApiMarker + "/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(interactions);

        foreach (var interaction in interactions)
        {
            var path = interaction.Uri[(interaction.Uri.IndexOf(ApiMarker, StringComparison.Ordinal) + ApiMarker.Length)..];
            if (path == "/acquire/jobs")
            {
                CreateRecordedJobs(flowable, interaction);
            }

            var call = interaction.Method == "GET"
                ? await client.GetAsync(path)
                : await client.PostAsync(path, interaction.RequestBody!.ToJsonString());

            Assert.True(interaction.Status == call.StatusCode, $"{interaction.Method} {path}: recorded {interaction.Status}, emulator {call.StatusCode} {call.Body}");
            if (interaction.ResponseHeaders["Content-Type"] is { } contentType)
            {
                var recorded = MediaTypeHeaderValue.Parse(contentType.GetValue<string>());
                Assert.Equal(
                    (recorded.MediaType, recorded.CharSet?.ToUpperInvariant()),
                    (call.ContentHeaders.ContentType?.MediaType, call.ContentHeaders.ContentType?.CharSet?.ToUpperInvariant()));
            }

            if (interaction.ResponseBody is JsonObject or JsonArray)
            {
                JsonAssert.Equal(Normalize(interaction.ResponseBody).ToJsonString(), Normalize(call.Json!));
            }
            else
            {
                Assert.Equal(string.Empty, call.Body);
            }
        }
    }

    private static void CreateRecordedJobs(FlowableEmulator flowable, Recordings.Interaction acquire)
    {
        var topic = acquire.RequestBody!["topic"]!.GetValue<string>();
        foreach (var job in acquire.ResponseBody!.AsArray().Select(j => j!.AsObject()))
        {
            var id = job["id"]!.GetValue<string>();
            if (flowable.Jobs.Any(existing => existing.Id == id))
            {
                continue;
            }

            flowable.CreateJob(new EmulatorJobDefinition(topic, (string?)job["scopeType"])
            {
                Id = id,
                CorrelationId = (string?)job["correlationId"],
                ProcessInstanceId = (string?)job["processInstanceId"],
                ProcessDefinitionId = (string?)job["processDefinitionId"],
                ExecutionId = (string?)job["executionId"],
                ScopeId = (string?)job["scopeId"],
                SubScopeId = (string?)job["subScopeId"],
                ScopeDefinitionId = (string?)job["scopeDefinitionId"],
                ElementId = job["elementId"]!.GetValue<string>(),
                ElementName = (string?)job["elementName"],
                TenantId = (string?)job["tenantId"],
                Retries = job["retries"]!.GetValue<int>(),
                Variables = [.. job["variables"]!.AsArray().Select(v => EmulatorVariable.Raw(v!["name"]!.GetValue<string>(), (string?)v["type"], v["value"]))],
            });
        }
    }

    /// <summary>Reduces what differs between any two servers (host in <c>url</c>, the clock) to its shape.</summary>
    private static JsonNode Normalize(JsonNode body)
    {
        var copy = body.DeepClone();
        foreach (var job in copy is JsonArray jobs ? jobs.Select(j => j!.AsObject()) : [copy.AsObject()])
        {
            if (job["url"] is { } url)
            {
                var text = url.GetValue<string>();
                job["url"] = text[text.IndexOf(ApiMarker, StringComparison.Ordinal)..];
            }

            foreach (var time in Times.Where(job.ContainsKey))
            {
                job[time] = job[time] is null ? null : "<time>";
            }
        }

        return copy;
    }
}
