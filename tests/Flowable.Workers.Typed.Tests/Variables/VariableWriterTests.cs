using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Variables;

public class VariableWriterTests
{
    private enum Color
    {
        Red,
        DarkBlue,
    }

    [Flags]
    private enum Access
    {
        None = 0,
        Read = 1,
        Write = 2,
    }

    public static TheoryData<RestVariable, string> Rows => new()
    {
        { VariableWriter.String("s", "héllo \"x\""), """{"name":"s","type":"string","value":"h\u00E9llo \u0022x\u0022","valueUrl":null}""" },
        { VariableWriter.Int32("i", -42), """{"name":"i","type":"integer","value":-42,"valueUrl":null}""" },
        { VariableWriter.Int64("l", 9_000_000_000L), """{"name":"l","type":"long","value":9000000000,"valueUrl":null}""" },
        { VariableWriter.Int16("h", (short)7), """{"name":"h","type":"short","value":7,"valueUrl":null}""" },
        { VariableWriter.Double("d", 2.5), """{"name":"d","type":"double","value":2.5,"valueUrl":null}""" },
        { VariableWriter.Single("f", 1.1f), """{"name":"f","type":"double","value":1.1,"valueUrl":null}""" },
        { VariableWriter.Decimal("m", 12.50m), """{"name":"m","type":"bigDecimal","value":"12.50","valueUrl":null}""" },
        { VariableWriter.BigInteger("b", BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)), """{"name":"b","type":"bigInteger","value":"123456789012345678901234567890","valueUrl":null}""" },
        { VariableWriter.Boolean("t", true), """{"name":"t","type":"boolean","value":true,"valueUrl":null}""" },
        { VariableWriter.DateTimeOffset("o", new DateTimeOffset(2020, 5, 4, 12, 25, 45, 583, TimeSpan.FromHours(2))), """{"name":"o","type":"date","value":"2020-05-04T10:25:45.583Z","valueUrl":null}""" },
        { VariableWriter.DateTimeOffset("z", new DateTimeOffset(2020, 5, 4, 10, 25, 45, TimeSpan.Zero)), """{"name":"z","type":"date","value":"2020-05-04T10:25:45.000Z","valueUrl":null}""" },
        { VariableWriter.DateTime("u", new DateTime(2020, 5, 4, 10, 25, 45, 5, DateTimeKind.Utc)), """{"name":"u","type":"date","value":"2020-05-04T10:25:45.005Z","valueUrl":null}""" },
        { VariableWriter.DateOnly("ld", new DateOnly(2020, 4, 20)), """{"name":"ld","type":"localDate","value":"2020-04-20","valueUrl":null}""" },
        { VariableWriter.LocalDateTime("ldt", new DateTime(2020, 4, 20, 12, 53, 0)), """{"name":"ldt","type":"localDateTime","value":"2020-04-20T12:53:00.000","valueUrl":null}""" },
        { VariableWriter.Guid("g", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")), """{"name":"g","type":"string","value":"0f8fad5b-d9cb-469f-a165-70867728950e","valueUrl":null}""" },
        { VariableWriter.JsonElement("j", JsonElement.Parse("""{"a":[1,2]}""")), """{"name":"j","type":"json","value":{"a":[1,2]},"valueUrl":null}""" },
        { VariableWriter.JsonNode("n", new JsonObject { ["k"] = "v" }), """{"name":"n","type":"json","value":{"k":"v"},"valueUrl":null}""" },
        { VariableWriter.Enum("e", Color.DarkBlue), """{"name":"e","type":"string","value":"DarkBlue","valueUrl":null}""" },
        { VariableWriter.Enum("fl", Access.Read | Access.Write), """{"name":"fl","type":"string","value":"Read, Write","valueUrl":null}""" },
        { VariableWriter.Json("p", new Order("A-1", [new Line("pen", 2)]), TestJsonContext.Default.Order), """{"name":"p","type":"json","value":{"id":"A-1","lines":[{"sku":"pen","quantity":2}]},"valueUrl":null}""" },
    };

    public static TheoryData<RestVariable, string> NullRows => new()
    {
        { VariableWriter.String("x", null), "string" },
        { VariableWriter.Int32("x", (int?)null), "integer" },
        { VariableWriter.Int64("x", (long?)null), "long" },
        { VariableWriter.Int16("x", (short?)null), "short" },
        { VariableWriter.Double("x", (double?)null), "double" },
        { VariableWriter.Single("x", (float?)null), "double" },
        { VariableWriter.Decimal("x", (decimal?)null), "bigDecimal" },
        { VariableWriter.BigInteger("x", (BigInteger?)null), "bigInteger" },
        { VariableWriter.Boolean("x", (bool?)null), "boolean" },
        { VariableWriter.DateTimeOffset("x", (DateTimeOffset?)null), "date" },
        { VariableWriter.DateTime("x", (DateTime?)null), "date" },
        { VariableWriter.DateOnly("x", (DateOnly?)null), "localDate" },
        { VariableWriter.LocalDateTime("x", (DateTime?)null), "localDateTime" },
        { VariableWriter.Guid("x", (Guid?)null), "string" },
        { VariableWriter.JsonElement("x", (JsonElement?)null), "json" },
        { VariableWriter.JsonElement("x", default(JsonElement)), "json" },
        { VariableWriter.JsonNode("x", null), "json" },
        { VariableWriter.Enum("x", (Color?)null), "string" },
        { VariableWriter.Json<Order?>("x", null, TestJsonContext.Default.Order), "json" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Writes_the_wire_type_and_value(RestVariable variable, string expectedJson) =>
        Assert.Equal(expectedJson, Wire.Write(variable));

    [Theory]
    [MemberData(nameof(NullRows))]
    public void Null_values_keep_their_type(RestVariable variable, string expectedType) =>
        Assert.Equal($$"""{"name":"x","type":"{{expectedType}}","value":null,"valueUrl":null}""", Wire.Write(variable));

    [Fact]
    public void A_wall_clock_DateTime_is_written_as_local_date_time_and_reads_back_with_its_kind()
    {
        var read = VariableReader.ReadDateTime(Wire.Parse("""{"name":"due","type":"localDateTime","value":"2020-04-20T12:53:10.250"}"""));

        var written = VariableWriter.DateTime("due", read);

        Assert.Equal("""{"name":"due","type":"localDateTime","value":"2020-04-20T12:53:10.250","valueUrl":null}""", Wire.Write(written));
        var again = VariableReader.ReadDateTime(Wire.Parse(Wire.Write(written)));
        Assert.Equal(DateTimeKind.Unspecified, again.Kind);
        Assert.Equal(read, again);
    }

    [Fact]
    public void A_local_time_is_written_in_utc()
    {
        var local = new DateTime(2020, 5, 4, 10, 25, 45, 583, DateTimeKind.Local);
        var expected = local.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, VariableWriter.DateTime("d", local).Value.GetString());
    }

    [Fact]
    public void Date_output_ignores_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("2020-05-04T10:25:45.583Z", VariableWriter.DateTimeOffset("d", new DateTimeOffset(2020, 5, 4, 10, 25, 45, 583, TimeSpan.Zero)).Value.GetString());
            Assert.Equal("1234.5", VariableWriter.Decimal("m", 1234.5m).Value.GetString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_variable_needs_a_name(string? name) =>
        Assert.ThrowsAny<ArgumentException>(() => VariableWriter.Int32(name!, 1));

    [Fact]
    public void Nan_and_infinity_are_rejected_with_the_variable_name()
    {
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => VariableWriter.Double("ratio", double.NaN));
        Assert.Contains("Variable 'ratio'", nan.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableWriter.Single("ratio", float.PositiveInfinity));
    }

    [Fact]
    public void An_enum_value_without_a_name_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => VariableWriter.Enum("color", (Color)7));
        Assert.StartsWith("Variable 'color': 7 is not a member of Color", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<RestVariable, Func<RestVariable, object>, object> RoundTrips => new()
    {
        { VariableWriter.String("v", "text"), v => VariableReader.ReadString(v), "text" },
        { VariableWriter.Int32("v", int.MinValue), v => VariableReader.ReadInt32(v), int.MinValue },
        { VariableWriter.Int64("v", long.MaxValue), v => VariableReader.ReadInt64(v), long.MaxValue },
        { VariableWriter.Int16("v", short.MinValue), v => VariableReader.ReadInt16(v), short.MinValue },
        { VariableWriter.Double("v", 0.1), v => VariableReader.ReadDouble(v), 0.1 },
        { VariableWriter.Single("v", 1.1f), v => VariableReader.ReadSingle(v), 1.1f },
        { VariableWriter.Decimal("v", 79228162514264337593543950335m), v => VariableReader.ReadDecimal(v), 79228162514264337593543950335m },
        { VariableWriter.BigInteger("v", BigInteger.Pow(10, 40)), v => VariableReader.ReadBigInteger(v), BigInteger.Pow(10, 40) },
        { VariableWriter.Boolean("v", false), v => VariableReader.ReadBoolean(v), false },
        { VariableWriter.DateTimeOffset("v", new DateTimeOffset(2024, 2, 29, 23, 59, 59, 999, TimeSpan.Zero)), v => VariableReader.ReadDateTimeOffset(v), new DateTimeOffset(2024, 2, 29, 23, 59, 59, 999, TimeSpan.Zero) },
        { VariableWriter.DateTime("v", new DateTime(2024, 2, 29, 1, 2, 3, 4, DateTimeKind.Utc)), v => VariableReader.ReadDateTime(v), new DateTime(2024, 2, 29, 1, 2, 3, 4, DateTimeKind.Utc) },
        { VariableWriter.DateOnly("v", new DateOnly(1999, 12, 31)), v => VariableReader.ReadDateOnly(v), new DateOnly(1999, 12, 31) },
        { VariableWriter.LocalDateTime("v", new DateTime(2020, 4, 20, 12, 53, 10, 250)), v => VariableReader.ReadLocalDateTime(v), new DateTime(2020, 4, 20, 12, 53, 10, 250) },
        { VariableWriter.DateTime("v", new DateTime(2020, 4, 20, 12, 53, 10, 250)), v => VariableReader.ReadDateTime(v), new DateTime(2020, 4, 20, 12, 53, 10, 250) },
        { VariableWriter.LocalDateTime("v", new DateTime(2020, 4, 20, 12, 53, 10, 250)), v => VariableReader.ReadDateTime(v), new DateTime(2020, 4, 20, 12, 53, 10, 250) },
        { VariableWriter.Guid("v", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")), v => VariableReader.ReadGuid(v), new Guid("0f8fad5b-d9cb-469f-a165-70867728950e") },
        { VariableWriter.Enum("v", Color.DarkBlue), v => VariableReader.ReadEnum<Color>(v), Color.DarkBlue },
        { VariableWriter.Enum("v", Access.Read | Access.Write), v => VariableReader.ReadEnum<Access>(v), Access.Read | Access.Write },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void What_is_written_reads_back_after_crossing_the_wire(RestVariable written, Func<RestVariable, object> read, object expected)
    {
        var received = Wire.Parse(Wire.Write(written));

        Assert.Equal(expected, read(received));
    }

    [Fact]
    public void A_json_variable_reads_back_into_its_type()
    {
        var order = new Order("A-1", [new Line("pen", 2), new Line("ink", 1)]);
        var received = Wire.Parse(Wire.Write(VariableWriter.Json("order", order, TestJsonContext.Default.Order)));

        var read = VariableReader.ReadJson(received, TestJsonContext.Default.Order);

        Assert.Equal(order.Id, read.Id);
        Assert.Equal(order.Lines, read.Lines);
    }
}
