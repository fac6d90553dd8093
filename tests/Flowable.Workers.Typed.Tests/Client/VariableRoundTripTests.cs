using System.Numerics;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Client;

/// <summary>Every variable type travels from Flowable into a handler and back out of it with its type and value intact.</summary>
public sealed class VariableRoundTripTests
{
    private static readonly DateTimeOffset Date = new(2020, 5, 4, 10, 25, 45, 583, TimeSpan.Zero);
    private static readonly DateTimeOffset Instant = new(2020, 5, 4, 9, 25, 45, 583, TimeSpan.Zero);
    private static readonly Guid OrderId = Guid.Parse("7d5a2c1e-3f4b-4a6d-9e8f-0a1b2c3d4e5f");

    [Fact]
    public async Task Each_typed_variable_read_by_the_handler_is_written_back_with_the_same_type_and_value()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob(
            "echo",
            EmulatorVariable.String("text", "Grüße, \"Ada\""),
            EmulatorVariable.Integer("count", 42),
            EmulatorVariable.Long("big", 9_007_199_254_740_993L),
            EmulatorVariable.Short("small", 7),
            EmulatorVariable.Double("ratio", 2.5),
            EmulatorVariable.Boolean("flag", true),
            EmulatorVariable.Date("due", Date),
            EmulatorVariable.Instant("seen", Instant),
            EmulatorVariable.LocalDate("birthday", new DateOnly(2020, 4, 20)),
            EmulatorVariable.LocalDateTime("meeting", new DateTime(2020, 4, 20, 12, 53, 10)),
            EmulatorVariable.Json("order", """{"lines":[{"sku":"A-1","qty":2}],"rush":false}"""),
            EmulatorVariable.BigDecimal("amount", 12345678901234567.125m),
            EmulatorVariable.BigInteger("huge", BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)),
            EmulatorVariable.String("orderId", OrderId.ToString()),
            EmulatorVariable.String("day", "friday"),
            EmulatorVariable.Null("nothing"));

        await using var subscription = flowable.Client.Subscribe(
            "echo",
            (job, result, ct) => result.Success()
                .Variable("text", job.GetVariable<string>("text"))
                .Variable("count", job.GetVariable<int>("count"))
                .Variable("big", job.GetVariable<long>("big"))
                .Variable("small", job.GetVariable<short>("small"))
                .Variable("ratio", job.GetVariable<double>("ratio"))
                .Variable("flag", job.GetVariable<bool>("flag"))
                .Variable("due", job.GetVariable<DateTimeOffset>("due"))
                .Variable("seen", job.GetVariable<DateTime>("seen"))
                .Variable("birthday", job.GetVariable<DateOnly>("birthday"))
                .Variable(VariableWriter.LocalDateTime("meeting", Read(job, "meeting", VariableReader.ReadLocalDateTime)))
                .Variable("order", job.GetVariable<JsonNode>("order"))
                .Variable("amount", job.GetVariable<decimal>("amount"))
                .Variable("huge", job.GetVariable<BigInteger>("huge"))
                .Variable("orderId", job.GetVariable<Guid>("orderId"))
                .Variable("day", job.GetVariable<DayOfWeek>("day"))
                .Variable("nothing", job.GetVariable<int?>("nothing")),
            EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(
            [
                EmulatorVariable.String("text", "Grüße, \"Ada\""),
                EmulatorVariable.Integer("count", 42),
                EmulatorVariable.Long("big", 9_007_199_254_740_993L),
                EmulatorVariable.Short("small", 7),
                EmulatorVariable.Double("ratio", 2.5),
                EmulatorVariable.Boolean("flag", true),
                EmulatorVariable.Raw("due", "date", JsonValue.Create("2020-05-04T10:25:45.583Z")),
                EmulatorVariable.Raw("seen", "date", JsonValue.Create("2020-05-04T09:25:45.583Z")),
                EmulatorVariable.LocalDate("birthday", new DateOnly(2020, 4, 20)),
                EmulatorVariable.Raw("meeting", "localDateTime", JsonValue.Create("2020-04-20T12:53:10.000")),
                EmulatorVariable.Json("order", """{"lines":[{"sku":"A-1","qty":2}],"rush":false}"""),
                EmulatorVariable.Raw("amount", "bigDecimal", JsonValue.Create("12345678901234567.125")),
                EmulatorVariable.Raw("huge", "bigInteger", JsonValue.Create("123456789012345678901234567890")),
                EmulatorVariable.String("orderId", OrderId.ToString()),
                EmulatorVariable.String("day", "Friday"),
                EmulatorVariable.Raw("nothing", "integer", null),
            ],
            outcome.Variables);
    }

    private static T Read<T>(ExternalWorkerJob job, string name, VariableReadFunc<T> read) =>
        job.TryGetVariable(name, out var variable) ? read(variable) : throw new InvalidOperationException($"No variable {name}.");

    private delegate T VariableReadFunc<out T>(in RestVariable variable);
}
