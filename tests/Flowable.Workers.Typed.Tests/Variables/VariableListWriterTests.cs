using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Variables;

public class VariableListWriterTests
{
    public delegate void WriteOne(ref VariableListWriter writer);

    private enum Color
    {
        Red,
        DarkBlue,
    }

    /// <summary>Each row writes one variable with the list writer and with <see cref="VariableWriter"/>.</summary>
    public static TheoryData<string, WriteOne, RestVariable> SameAsVariableWriter => new()
    {
        { "string", (ref VariableListWriter w) => w.String("s", "héllo \"x\""), VariableWriter.String("s", "héllo \"x\"") },
        { "int", (ref VariableListWriter w) => w.Int32("i", -42), VariableWriter.Int32("i", -42) },
        { "long", (ref VariableListWriter w) => w.Int64("l", 9_000_000_000L), VariableWriter.Int64("l", 9_000_000_000L) },
        { "short", (ref VariableListWriter w) => w.Int16("h", (short)7), VariableWriter.Int16("h", (short)7) },
        { "double", (ref VariableListWriter w) => w.Double("d", 2.5), VariableWriter.Double("d", 2.5) },
        { "float", (ref VariableListWriter w) => w.Single("f", 1.1f), VariableWriter.Single("f", 1.1f) },
        { "decimal", (ref VariableListWriter w) => w.Decimal("m", 12.50m), VariableWriter.Decimal("m", 12.50m) },
        { "bigInteger", (ref VariableListWriter w) => w.BigInteger("b", BigInteger.Pow(10, 30)), VariableWriter.BigInteger("b", BigInteger.Pow(10, 30)) },
        { "bool", (ref VariableListWriter w) => w.Boolean("t", true), VariableWriter.Boolean("t", true) },
        { "date", (ref VariableListWriter w) => w.DateTimeOffset("o", new DateTimeOffset(2020, 5, 4, 12, 25, 45, 583, TimeSpan.FromHours(2))), VariableWriter.DateTimeOffset("o", new DateTimeOffset(2020, 5, 4, 12, 25, 45, 583, TimeSpan.FromHours(2))) },
        { "early date", (ref VariableListWriter w) => w.DateTimeOffset("o", new DateTimeOffset(987, 1, 2, 3, 4, 5, 6, TimeSpan.Zero)), VariableWriter.DateTimeOffset("o", new DateTimeOffset(987, 1, 2, 3, 4, 5, 6, TimeSpan.Zero)) },
        { "DateTime", (ref VariableListWriter w) => w.DateTime("u", new DateTime(2020, 5, 4, 10, 25, 45, 5, DateTimeKind.Utc)), VariableWriter.DateTime("u", new DateTime(2020, 5, 4, 10, 25, 45, 5, DateTimeKind.Utc)) },
        { "wall-clock DateTime", (ref VariableListWriter w) => w.DateTime("u", new DateTime(2020, 5, 4, 10, 25, 45, 5)), VariableWriter.LocalDateTime("u", new DateTime(2020, 5, 4, 10, 25, 45, 5)) },
        { "null DateTime", (ref VariableListWriter w) => w.DateTime("u", (DateTime?)null), VariableWriter.DateTime("u", (DateTime?)null) },
        { "DateOnly", (ref VariableListWriter w) => w.DateOnly("ld", new DateOnly(2020, 4, 20)), VariableWriter.DateOnly("ld", new DateOnly(2020, 4, 20)) },
        { "Guid", (ref VariableListWriter w) => w.Guid("g", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")), VariableWriter.Guid("g", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")) },
        { "JsonElement", (ref VariableListWriter w) => w.JsonElement("j", JsonElement.Parse("""{"a":[1,2]}""")), VariableWriter.JsonElement("j", JsonElement.Parse("""{"a":[1,2]}""")) },
        { "JsonNode", (ref VariableListWriter w) => w.JsonNode("n", new JsonObject { ["k"] = "v" }), VariableWriter.JsonNode("n", new JsonObject { ["k"] = "v" }) },
        { "enum", (ref VariableListWriter w) => w.Enum("e", Color.DarkBlue), VariableWriter.Enum("e", Color.DarkBlue) },
        { "json", (ref VariableListWriter w) => w.Json("p", new Order("A-1", [new Line("pen", 2)]), TestJsonContext.Default.Order), VariableWriter.Json("p", new Order("A-1", [new Line("pen", 2)]), TestJsonContext.Default.Order) },
        { "null string", (ref VariableListWriter w) => w.String("x", null), VariableWriter.String("x", null) },
        { "null int", (ref VariableListWriter w) => w.Int32("x", (int?)null), VariableWriter.Int32("x", (int?)null) },
        { "null date", (ref VariableListWriter w) => w.DateTimeOffset("x", (DateTimeOffset?)null), VariableWriter.DateTimeOffset("x", (DateTimeOffset?)null) },
        { "undefined JsonElement", (ref VariableListWriter w) => w.JsonElement("x", default(JsonElement)), VariableWriter.JsonElement("x", default(JsonElement)) },
        { "null enum", (ref VariableListWriter w) => w.Enum("x", (Color?)null), VariableWriter.Enum("x", (Color?)null) },
        { "null json", (ref VariableListWriter w) => w.Json<Order?>("x", null, TestJsonContext.Default.Order), VariableWriter.Json<Order?>("x", null, TestJsonContext.Default.Order) },
    };

    [Theory]
    [MemberData(nameof(SameAsVariableWriter))]
    public void Writes_what_the_variable_writer_writes(string row, WriteOne write, RestVariable expected)
    {
        Assert.NotNull(row);
        var writer = new VariableListWriter(1);
        write(ref writer);

        var result = writer.Complete();

        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Equal(Wire.Write(expected), Wire.Write(Assert.Single(result.Variables)));
    }

    [Fact]
    public void Keeps_the_order_of_the_variables_and_every_value()
    {
        var writer = new VariableListWriter(3);
        writer.String("customer", "c-1");
        writer.Json("order", new Order("A-1", [new Line("pen", 2)]), TestJsonContext.Default.Order);
        writer.Int32("attempt", 2);

        var result = writer.Complete();

        Assert.Equal(
            ["customer:string=\"c-1\"", "order:json={\"id\":\"A-1\",\"lines\":[{\"sku\":\"pen\",\"quantity\":2}]}", "attempt:integer=2"],
            result.Variables.Select(v => $"{v.Name}:{v.Type}={v.Value.GetRawText()}"));
    }

    [Fact]
    public void A_list_of_none_completes_without_variables()
    {
        var writer = new VariableListWriter(0);

        Assert.Empty(writer.Complete().Variables);
    }

    [Fact]
    public void Fewer_variables_than_announced_is_an_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            var writer = new VariableListWriter(2);
            writer.Int32("one", 1);
            return writer.Complete();
        });

        Assert.Equal("2 variables were announced but 1 were written.", error.Message);
    }

    [Fact]
    public void More_variables_than_announced_is_an_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            var writer = new VariableListWriter(1);
            writer.Int32("one", 1);
            writer.Int32("two", 2);
        });

        Assert.Equal("Only 1 variables were announced.", error.Message);
    }

    [Fact]
    public void Nan_and_unnamed_enum_values_are_rejected_as_by_the_variable_writer()
    {
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => new VariableListWriter(1).Double("ratio", double.NaN));
        Assert.Contains("Variable 'ratio'", nan.Message, StringComparison.Ordinal);
        var unnamed = Assert.Throws<ArgumentException>(() => new VariableListWriter(1).Enum("color", (Color)7));
        Assert.StartsWith("Variable 'color': 7 is not a member of Color", unnamed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_written_while_another_is_open_on_the_thread_does_not_disturb_it()
    {
        var outer = new VariableListWriter(2);
        outer.String("first", "a");
        var inner = new VariableListWriter(1);
        inner.Int32("inner", 7);
        var innerResult = inner.Complete();
        outer.Boolean("second", true);

        var outerResult = outer.Complete();

        Assert.Equal(["first=\"a\"", "second=true"], outerResult.Variables.Select(v => $"{v.Name}={v.Value.GetRawText()}"));
        Assert.Equal("7", Assert.Single(innerResult.Variables).Value.GetRawText());
    }

    [Fact]
    public void The_values_stay_readable_after_the_thread_writes_more()
    {
        var writer = new VariableListWriter(1);
        writer.String("kept", "value");
        var result = writer.Complete();

        _ = VariableWriter.String("later", "overwrites the pooled buffer");

        Assert.Equal("value", result.Variables[0].Value.GetString());
    }
}
