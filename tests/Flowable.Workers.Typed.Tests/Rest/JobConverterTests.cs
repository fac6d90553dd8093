using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Tests.Jobs;

namespace Flowable.Workers.Typed.Tests.Rest;

/// <summary>
/// The REST layer reads jobs with a hand-written converter (for speed); the job's <c>[JsonPropertyName]</c> attributes
/// (read here through source-generated metadata, <see cref="JobJsonContext"/>) stay the one truth of the names.
/// </summary>
public sealed class JobConverterTests
{
    private static readonly PropertyInfo[] WireProperties = typeof(ExternalWorkerJob).GetProperties()
        .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
        .ToArray();

    [Fact]
    public void Every_recorded_job_reads_as_the_attributes_say()
    {
        var jobs = Recordings.AcquireResponses().Concat(Recordings.GetJobResponses())
            .SelectMany(r => r.Body.ValueKind == JsonValueKind.Array ? r.Body.EnumerateArray().ToArray() : [r.Body])
            .Select(job => job.GetRawText())
            .Distinct()
            .ToList();

        Assert.NotEmpty(jobs);
        foreach (var json in jobs)
        {
            AssertSameJob(
                JsonSerializer.Deserialize(json, JobJsonContext.Default.ExternalWorkerJob)!,
                JsonSerializer.Deserialize(json, FlowableJsonContext.Default.ExternalWorkerJob)!);
        }
    }

    [Fact]
    public void Every_attributed_property_is_read_by_the_converter()
    {
        var json = EveryPropertySet();

        var expected = JsonSerializer.Deserialize(json, JobJsonContext.Default.ExternalWorkerJob)!;
        var actual = JsonSerializer.Deserialize(json, FlowableJsonContext.Default.ExternalWorkerJob)!;

        Assert.Equal(20, WireProperties.Length);
        foreach (var property in WireProperties.Where(p => p.Name != nameof(ExternalWorkerJob.Variables)))
        {
            Assert.NotNull(property.GetValue(actual));
            Assert.NotEqual(0, property.GetValue(actual));
        }

        AssertSameJob(expected, actual);
    }

    [Fact]
    public void A_written_job_reads_back_through_the_attributes_unchanged()
    {
        var job = JsonSerializer.Deserialize(EveryPropertySet(), FlowableJsonContext.Default.ExternalWorkerJob)!;

        var written = JsonSerializer.Serialize(job, FlowableJsonContext.Default.ExternalWorkerJob);

        AssertSameJob(job, JsonSerializer.Deserialize(written, JobJsonContext.Default.ExternalWorkerJob)!);
        Assert.Equal(
            WireProperties.Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name).Order(StringComparer.Ordinal),
            JsonNode.Parse(written)!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"url":"u"}""", "\"id\"")]
    [InlineData("""{"id":"j","retries":"3"}""", null)]
    [InlineData("""{"id":"j","variables":{}}""", "\"variables\"")]
    [InlineData("""{"id":7}""", "string")]
    public void A_malformed_job_is_a_json_error(string json, string? mentioned)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, FlowableJsonContext.Default.ExternalWorkerJob));

        if (mentioned is not null)
        {
            Assert.Contains(mentioned, exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_properties_are_skipped_and_null_variables_are_none()
    {
        var job = JsonSerializer.Deserialize(
            """{"id":"j","newField":{"a":[1,2]},"variables":null,"retries":2}""", FlowableJsonContext.Default.ExternalWorkerJob)!;

        Assert.Equal(("j", 2), (job.Id, job.Retries));
        Assert.Empty(job.Variables);
    }

    /// <summary>A job with a distinct, non-default value for every attributed property, built from the attributes.</summary>
    private static string EveryPropertySet()
    {
        var job = new JsonObject();
        foreach (var property in WireProperties)
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;
            job[name] = property.PropertyType switch
            {
                var t when t == typeof(string) => $"value of {name}",
                var t when t == typeof(int) => 7,
                var t when t == typeof(DateTimeOffset?) => "2023-08-08T17:01:27.897Z",
                _ => JsonNode.Parse("""[{"name":"amount","type":"integer","value":5},{"name":"note","type":null,"value":null,"valueUrl":null}]"""),
            };
        }

        return job.ToJsonString();
    }

    private static void AssertSameJob(ExternalWorkerJob expected, ExternalWorkerJob actual)
    {
        foreach (var property in WireProperties.Where(p => p.Name != nameof(ExternalWorkerJob.Variables)))
        {
            Assert.Equal(property.GetValue(expected), property.GetValue(actual));
        }

        Assert.Equal(
            expected.Variables.Select(v => (v.Name, v.Type, v.Value.GetRawText())),
            actual.Variables.Select(v => (v.Name, v.Type, v.Value.GetRawText())));
    }
}
