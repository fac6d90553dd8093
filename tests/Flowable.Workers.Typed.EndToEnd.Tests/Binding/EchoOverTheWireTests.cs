using System.Numerics;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.EndToEnd.Tests.Workers;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Binding;

/// <summary>
/// Every row of the binding table over real HTTP: variables created in the emulator with their Flowable types are
/// read by a generated worker and written back; the emulator receives each with the expected name, type and value.
/// </summary>
public sealed class EchoOverTheWireTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 15, 30, 123, TimeSpan.Zero);
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    private static readonly BigInteger Huge = BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly EmulatorVariable[] Inputs =
    [
        EmulatorVariable.String("text", "abc"),
        EmulatorVariable.Integer("count", 42),
        EmulatorVariable.Long("total", 5_000_000_000),
        EmulatorVariable.Short("small", 7),
        EmulatorVariable.Double("ratio", 2.5),
        EmulatorVariable.Double("weight", 1.25),
        EmulatorVariable.BigDecimal("price", 12.50m),
        EmulatorVariable.BigInteger("huge", Huge),
        EmulatorVariable.Boolean("flag", true),
        EmulatorVariable.Date("at", At),
        EmulatorVariable.Instant("when", At),
        EmulatorVariable.LocalDate("day", new DateOnly(2026, 11, 23)),
        EmulatorVariable.Json("raw", "{\"a\":1}"),
        EmulatorVariable.Json("node", "[1,2]"),
        EmulatorVariable.String("tier", "gold"),
        EmulatorVariable.String("id", Id.ToString()),
        EmulatorVariable.Json("address", "{\"street\":\"Main\",\"number\":5}"),
        EmulatorVariable.Json("numbers", "[1,2,3]"),
        EmulatorVariable.Json("addresses", "[{\"street\":\"A\",\"number\":1}]"),
        EmulatorVariable.Json("scores", "{\"x\":1,\"y\":2}"),
        EmulatorVariable.String("customer_name", "Ada"),
        EmulatorVariable.Null("note"),
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_binding_row_is_read_from_its_Flowable_type_and_written_back_with_the_expected_type_and_value(bool bpmn)
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var jobId = bpmn ? run.Emulator.CreateBpmnJob("echo", Inputs) : run.Emulator.CreateCmmnJob("echo", Inputs);

        await using var subscription = run.Run<EchoWorker>();
        var outcome = await run.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        EmulatorVariable[] expected =
        [
            .. Inputs.Where(v => v.Name != "note").Select(EchoedBack),
            EmulatorVariable.String("jobId", jobId),
            EmulatorVariable.Raw("note", "string", null),
            EmulatorVariable.Raw("missingCount", "integer", null),
            EmulatorVariable.Integer("attempt", 1),
            EmulatorVariable.String("fallbackTier", "Gold"),
        ];
        Assert.Equal(expected, outcome.Variables);
    }

    /// <summary>
    /// What <see cref="EchoWorker"/> writes back for an input: the same variable, except that an instant comes back as a
    /// date, the enum in its declared casing and the customer name under its output name.
    /// </summary>
    private static EmulatorVariable EchoedBack(EmulatorVariable input) => input.Name switch
    {
        "when" => EmulatorVariable.Date("when", At),
        "tier" => EmulatorVariable.String("tier", "Gold"),
        "customer_name" => EmulatorVariable.String("echoed_name", "Ada"),
        _ => input,
    };

    [Fact]
    public async Task A_date_with_nine_fraction_digits_and_an_offset_arrives_as_the_same_instant_in_UTC_milliseconds()
    {
        await using var run = await EmulatedFlowable.StartAsync();
        var inputs = Inputs.Select(v => v.Name == "at" ? EmulatorVariable.Raw("at", "date", JsonValue.Create("2026-11-23T12:15:30.123456789+02:00")) : v);
        var jobId = run.Emulator.CreateBpmnJob("echo", [.. inputs]);

        await using var subscription = run.Run<EchoWorker>();
        var outcome = await run.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorVariable.Date("at", At), outcome.Variable("at"));
    }
}
