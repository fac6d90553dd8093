using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>Variables a worker sends (§5.2): accepted ones are recorded as sent, bad ones get 400 and the job stays locked.</summary>
public sealed class VariableValidationTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { "string", "\"text\"" },
        { "string", "\"\"" },
        { "integer", "50" },
        { "integer", "50.7" },
        { "long", "9007199254740993" },
        { "short", "10" },
        { "short", "70000" },
        { "double", "30.3" },
        { "double", "3" },
        { "boolean", "true" },
        { "boolean", "false" },
        { "date", "\"2020-05-04T10:25:45.583Z\"" },
        { "date", "\"2020-05-04T10:25:45Z\"" },
        { "date", "\"2020-05-04T10:25:45.583+02:00\"" },
        { "date", "\"2020-05-04T10:25:45\"" },
        { "date", "\"2020-05-04T10:25\"" },
        { "date", "\"2020-05-04\"" },
        { "instant", "\"2020-05-04T09:25:45.583Z\"" },
        { "instant", "\"2020-05-04T09:25:45Z\"" },
        { "instant", "\"2020-05-04T09:25:45.123456789Z\"" },
        { "instant", "\"2020-05-04T09:25:45+02:00\"" },
        { "localDate", "\"2020-04-20\"" },
        { "localDateTime", "\"2020-04-20T12:53\"" },
        { "localDateTime", "\"2020-04-20T12:53:10\"" },
        { "localDateTime", "\"2020-04-20T12:53:10.1234567\"" },
        { "json", "{\"name\":\"kermit\"}" },
        { "json", "[1,2]" },
        { "json", "\"scalar\"" },
        { "bigDecimal", "\"12.50\"" },
        { "bigDecimal", "12.5" },
        { "bigDecimal", "\"-1E+3\"" },
        { "bigInteger", "\"123456789012345678901234567890\"" },
        { "bigInteger", "42" },
        { "string", "null" },
        { "date", "null" },
    };

    public static TheoryData<string, string, string> Refused => new()
    {
        { "string", "42", "Converter can only convert strings" },
        { "string", "{}", "Converter can only convert strings" },
        { "integer", "\"42\"", "Converter can only convert integers" },
        { "long", "true", "Converter can only convert longs" },
        { "short", "\"1\"", "Converter can only convert shorts" },
        { "double", "\"1.5\"", "Converter can only convert doubles" },
        { "boolean", "\"true\"", "Converter can only convert booleans" },
        { "boolean", "1", "Converter can only convert booleans" },
        { "date", "1588587945583", "Converter can only convert string to date" },
        { "date", "\"2020-05-04T10:25:45.5830000Z\"", "The given variable value is not a date: '2020-05-04T10:25:45.5830000Z'" },
        { "date", "\"2020-05-04T10:25:45.5Z\"", "The given variable value is not a date: '2020-05-04T10:25:45.5Z'" },
        { "date", "\"2020-05-04T10:25:45.583+0200\"", "The given variable value is not a date: '2020-05-04T10:25:45.583+0200'" },
        { "date", "\"04.05.2020\"", "The given variable value is not a date: '04.05.2020'" },
        { "date", "\"2020-02-30\"", "The given variable value is not a date: '2020-02-30'" },
        { "instant", "5", "Converter can only convert string to instant" },
        { "instant", "\"2020-05-04T09:25:45\"", "The given variable value is not an instant: '2020-05-04T09:25:45'" },
        { "instant", "\"2020-05-04T09:25Z\"", "The given variable value is not an instant: '2020-05-04T09:25Z'" },
        { "localDate", "false", "Converter can only convert string to localDate" },
        { "localDate", "\"2020-04-20T12:00\"", "The given variable value is not a localDate: '2020-04-20T12:00'" },
        { "localDateTime", "[]", "Converter can only convert string to localDateTime" },
        { "localDateTime", "\"2020-04-20T12:53:10Z\"", "The given variable value is not a localDateTime: '2020-04-20T12:53:10Z'" },
        { "localDateTime", "\"2020-04-20\"", "The given variable value is not a localDateTime: '2020-04-20'" },
        { "localDateTime", "\"2020-04-20T25:00\"", "The given variable value is not a localDateTime: '2020-04-20T25:00'" },
        { "uuid", "\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"", "Variable 'v' has unsupported type: 'uuid'." },
        { "serializable", "null", "Variable 'v' has unsupported type: 'serializable'." },
        { "binary", "\"AAE=\"", "Variable 'v' has unsupported type: 'binary'." },
        { "money", "1", "Variable 'v' has unsupported type: 'money'." },
        { "Integer", "1", "Variable 'v' has unsupported type: 'Integer'." },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Accepted_values_are_recorded_exactly_as_sent(string type, string valueJson)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        var call = await client.PostAsync(
            $"acquire/jobs/{jobId}/complete", $$"""{"workerId":"testWorker","variables":[{"name":"v","type":"{{type}}","value":{{valueJson}}}]}""");

        call.IsEmpty(204);
        var received = (await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10))).Variable("v");
        Assert.Equal(EmulatorVariable.Raw("v", type, JsonNode.Parse(valueJson)), received);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refused_values_get_400_with_the_converter_message_and_the_job_stays_locked(string type, string valueJson, string message)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        var call = await client.PostAsync(
            $"acquire/jobs/{jobId}/complete",
            $$"""{"workerId":"testWorker","variables":[{"name":"ok","type":"string","value":"fine"},{"name":"v","type":"{{type}}","value":{{valueJson}}}]}""");

        call.IsBadRequest(message);
        var job = flowable.GetJob(jobId);
        Assert.True(job.IsActive);
        Assert.Equal("testWorker", job.LockOwner);
        (await client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"testWorker"}""")).IsEmpty(204);
    }

    [Theory]
    [InlineData("bigDecimal", "\"abc\"")]
    [InlineData("bigInteger", "\"12.5\"")]
    [InlineData("bigInteger", "1.5")]
    public async Task Unparseable_big_numbers_escape_as_internal_server_errors(string type, string valueJson)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        var call = await client.PostAsync(
            $"acquire/jobs/{jobId}/complete", $$"""{"workerId":"testWorker","variables":[{"name":"v","type":"{{type}}","value":{{valueJson}}}]}""");

        Assert.Equal(500, call.StatusCode);
        Assert.Equal("Internal server error", call.Json!["message"]!.GetValue<string>());
        Assert.True(flowable.GetJob(jobId).IsActive);
    }

    [Theory]
    [InlineData("complete")]
    [InlineData("bpmnError")]
    public async Task A_variable_without_name_is_refused(string action)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync($"acquire/jobs/{jobId}/{action}", """{"workerId":"testWorker","variables":[{"type":"string","value":"x"}]}"""))
            .IsBadRequest("Variable name is required.");
        Assert.True(flowable.GetJob(jobId).IsActive);
    }

    [Fact]
    public async Task Lock_and_scope_are_checked_before_variables()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        const string badVariables = "\"variables\":[{\"name\":\"v\",\"type\":\"uuid\",\"value\":\"x\"}]";

        (await client.PostAsync($"acquire/jobs/{jobId}/complete", $$"""{"workerId":"testWorker",{{badVariables}}}"""))
            .IsError(403, "Forbidden", "testWorker does not hold a lock on the requested job");
        await client.AcquireOneAsync("simple");
        (await client.PostAsync($"acquire/jobs/{jobId}/cmmnTerminate", $$"""{"workerId":"testWorker",{{badVariables}}}"""))
            .IsBadRequest($"Can only terminate CMMN external job. Job with id '{jobId}' is from scope 'null'");
    }

    [Theory]
    [InlineData("""{"workerId":"testWorker","variables":{"name":"v"}}""")]
    [InlineData("""{"workerId":"testWorker","variables":["v"]}""")]
    [InlineData("""{"workerId":"testWorker","variables":[{"name":{"x":1},"value":1}]}""")]
    public async Task Malformed_variable_lists_are_json_parse_errors(string body)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        var call = await client.PostAsync($"acquire/jobs/{jobId}/complete", body);

        Assert.Equal(400, call.StatusCode);
        Assert.StartsWith("JSON parse error: ", call.Json!["exception"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(flowable.GetJob(jobId).IsActive);
    }

    [Fact]
    public async Task Variables_are_written_per_type_with_null_values_untyped_and_unshowable_values_null()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        flowable.CreateBpmnJob(
            "simple",
            EmulatorVariable.Null("nothing"),
            EmulatorVariable.Serializable("blob"),
            EmulatorVariable.Binary("bytes"),
            EmulatorVariable.BigDecimal("amount", 12.50m),
            EmulatorVariable.BigInteger("huge", System.Numerics.BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)),
            EmulatorVariable.Date("whole", new DateTimeOffset(2020, 5, 4, 12, 25, 45, TimeSpan.FromHours(2))),
            EmulatorVariable.Instant("precise", new DateTimeOffset(2020, 5, 4, 9, 25, 45, TimeSpan.Zero).AddTicks(1234)),
            EmulatorVariable.LocalDateTime("noon", new DateTime(2020, 4, 20, 12, 0, 0)),
            EmulatorVariable.Json("list", "[1,{\"a\":null}]"));
        using var client = new EmulatorClient(flowable);

        var job = Assert.Single(await client.AcquireAsync("simple"));

        JsonAssert.Equal(
            """
            [{"name":"nothing","value":null},
             {"name":"blob","type":"serializable","value":null},
             {"name":"bytes","type":"binary","value":null},
             {"name":"amount","type":"bigDecimal","value":"12.50"},
             {"name":"huge","type":"bigInteger","value":"123456789012345678901234567890"},
             {"name":"whole","type":"date","value":"2020-05-04T10:25:45Z"},
             {"name":"precise","type":"instant","value":"2020-05-04T09:25:45.000123400Z"},
             {"name":"noon","type":"localDateTime","value":"2020-04-20T12:00"},
             {"name":"list","type":"json","value":[1,{"a":null}]}]
            """,
            job!["variables"]);
    }
}
