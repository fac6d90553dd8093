using System.Numerics;
using System.Text.Json;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Variables;

public class VariableReaderTests
{
    private enum Status
    {
        Open,
        InProgress,
    }

    private static RestVariable V(string type, string valueJson) => Wire.Variable("v", type, valueJson);

    public static TheoryData<string, string, int> Int32Reads => new()
    {
        { "integer", "42", 42 },
        { "long", "-7", -7 },
        { "short", "3", 3 },
        { "double", "3.0", 3 },
        { "double", "2e3", 2000 },
        { "integer", "2147483647", int.MaxValue },
        { "integer", "-2147483648", int.MinValue },
    };

    [Theory]
    [MemberData(nameof(Int32Reads))]
    public void Int32_reads_any_integral_number(string type, string json, int expected) =>
        Assert.Equal(expected, VariableReader.ReadInt32(V(type, json)));

    [Fact]
    public void A_number_without_a_type_is_judged_by_its_json_kind() =>
        Assert.Equal(5, VariableReader.ReadInt32(Wire.Parse("""{"name":"v","value":5}""")));

    [Fact]
    public void Int64_and_int16_read_their_whole_range()
    {
        Assert.Equal(long.MaxValue, VariableReader.ReadInt64(V("long", "9223372036854775807")));
        Assert.Equal(long.MinValue, VariableReader.ReadInt64(V("long", "-9223372036854775808")));
        Assert.Equal(short.MaxValue, VariableReader.ReadInt16(V("integer", "32767")));
        Assert.Equal(short.MinValue, VariableReader.ReadInt16(V("integer", "-32768")));
    }

    [Fact]
    public void Doubles_read_any_number_and_big_number_strings()
    {
        Assert.Equal(2.5, VariableReader.ReadDouble(V("double", "2.5")));
        Assert.Equal(3d, VariableReader.ReadDouble(V("integer", "3")));
        Assert.Equal(12.5, VariableReader.ReadDouble(V("bigDecimal", "\"12.50\"")));
        Assert.Equal(1e20, VariableReader.ReadDouble(V("bigInteger", "\"100000000000000000000\"")));
        Assert.Equal(0.25f, VariableReader.ReadSingle(V("double", "0.25")));
    }

    [Fact]
    public void Decimals_keep_every_digit()
    {
        Assert.Equal(12.50m, VariableReader.ReadDecimal(V("bigDecimal", "\"12.50\"")));
        Assert.Equal("12.50", VariableReader.ReadDecimal(V("bigDecimal", "\"12.50\"")).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.1m, VariableReader.ReadDecimal(V("double", "0.1")));
        Assert.Equal(12345678901234567890m, VariableReader.ReadDecimal(V("bigInteger", "\"12345678901234567890\"")));
        Assert.Equal(1500m, VariableReader.ReadDecimal(V("bigDecimal", "\"1.5E+3\"")));
        Assert.Equal(-4m, VariableReader.ReadDecimal(V("integer", "-4")));
    }

    [Fact]
    public void Big_integers_read_strings_and_integral_numbers_of_any_size()
    {
        var big = BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(big, VariableReader.ReadBigInteger(V("bigInteger", "\"123456789012345678901234567890\"")));
        Assert.Equal(big, VariableReader.ReadBigInteger(V("long", "123456789012345678901234567890")));
        Assert.Equal(new BigInteger(-5), VariableReader.ReadBigInteger(V("integer", "-5")));
        Assert.Equal(new BigInteger(3000), VariableReader.ReadBigInteger(V("double", "3e3")));
    }

    [Fact]
    public void Booleans_read_true_and_false()
    {
        Assert.True(VariableReader.ReadBoolean(V("boolean", "true")));
        Assert.False(VariableReader.ReadBoolean(V("boolean", "false")));
    }

    [Fact]
    public void Dates_read_date_and_instant_strings()
    {
        var expected = new DateTimeOffset(2020, 5, 4, 10, 25, 45, 583, TimeSpan.Zero);
        Assert.Equal(expected, VariableReader.ReadDateTimeOffset(V("date", "\"2020-05-04T10:25:45.583Z\"")));
        Assert.Equal(expected, VariableReader.ReadDateTimeOffset(V("instant", "\"2020-05-04T10:25:45.583Z\"")));
        Assert.Equal(TimeSpan.FromHours(2), VariableReader.ReadDateTimeOffset(V("date", "\"2020-05-04T12:25:45.583+02:00\"")).Offset);

        var utc = VariableReader.ReadDateTime(V("date", "\"2020-05-04T12:25:45.583+02:00\""));
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(expected.UtcDateTime, utc);
    }

    [Fact]
    public void Escaped_json_strings_are_unescaped_before_parsing() =>
        Assert.Equal(new DateOnly(2020, 4, 20), VariableReader.ReadDateOnly(V("localDate", "\"2020\\u002D04-20\"")));

    [Fact]
    public void Local_dates_and_local_date_times_read_their_forms()
    {
        Assert.Equal(new DateOnly(2020, 4, 20), VariableReader.ReadDateOnly(V("localDate", "\"2020-04-20\"")));
        var local = VariableReader.ReadLocalDateTime(V("localDateTime", "\"2020-04-20T12:53\""));
        Assert.Equal(new DateTime(2020, 4, 20, 12, 53, 0), local);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
    }

    [Fact]
    public void Guids_and_enums_read_strings()
    {
        Assert.Equal(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), VariableReader.ReadGuid(V("string", "\"0f8fad5b-d9cb-469f-a165-70867728950e\"")));
        Assert.Equal(Status.InProgress, VariableReader.ReadEnum<Status>(V("string", "\"inprogress\"")));
        Assert.Equal(Status.Open, VariableReader.ReadEnum<Status>(V("string", "\"OPEN\"")));
    }

    [Fact]
    public void Json_reads_any_value()
    {
        Assert.Equal(JsonValueKind.Array, VariableReader.ReadJsonElement(V("json", "[1,2]")).ValueKind);
        Assert.Equal("admin", VariableReader.ReadJsonElement(V("string", "\"admin\"")).GetString());
        Assert.Equal(2, (int)VariableReader.ReadJsonNode(V("json", """{"a":{"b":2}}"""))["a"]!["b"]!);
        Assert.Equal(3, (int)VariableReader.ReadJsonNode(V("integer", "3")));
        Assert.Equal([1, 2, 3], VariableReader.ReadJson(V("json", "[1,2,3]"), TestJsonContext.Default.ListInt32));
        Assert.Equal(4, VariableReader.ReadJson(V("json", """{"x":4}"""), TestJsonContext.Default.DictionaryStringInt32)["x"]);
    }

    public static TheoryData<Func<RestVariable, object>, RestVariable, string> WrongKinds => new()
    {
        { v => VariableReader.ReadString(v), V("integer", "5"), "Variable 'v' expected string but was integer 5" },
        { v => VariableReader.ReadString(v), V("boolean", "true"), "Variable 'v' expected string but was boolean true" },
        { v => VariableReader.ReadString(v), V("date", "\"2020-05-04T10:25:45Z\""), "Variable 'v' expected string but was date \"2020-05-04T10:25:45Z\"" },
        { v => VariableReader.ReadInt32(v), V("string", "\"abc\""), "Variable 'v' expected integer but was string \"abc\"" },
        { v => VariableReader.ReadInt32(v), V("string", "\"5\""), "Variable 'v' expected integer but was string \"5\"" },
        { v => VariableReader.ReadInt32(v), V("double", "2.5"), "Variable 'v' expected integer but was double 2.5" },
        { v => VariableReader.ReadInt32(v), V("bigDecimal", "\"12\""), "Variable 'v' expected integer but was bigDecimal \"12\"" },
        { v => VariableReader.ReadInt64(v), V("boolean", "false"), "Variable 'v' expected long but was boolean false" },
        { v => VariableReader.ReadInt16(v), V("double", "0.5"), "Variable 'v' expected short but was double 0.5" },
        { v => VariableReader.ReadDouble(v), V("string", "\"1.5\""), "Variable 'v' expected double but was string \"1.5\"" },
        { v => VariableReader.ReadDouble(v), V("bigDecimal", "\"n/a\""), "Variable 'v' expected double but was bigDecimal \"n/a\"" },
        { v => VariableReader.ReadDecimal(v), V("string", "\"12.5\""), "Variable 'v' expected bigDecimal but was string \"12.5\"" },
        { v => VariableReader.ReadDecimal(v), V("bigDecimal", "\"twelve\""), "Variable 'v' expected bigDecimal but was bigDecimal \"twelve\"" },
        { v => VariableReader.ReadBigInteger(v), V("double", "2.5"), "Variable 'v' expected bigInteger but was double 2.5" },
        { v => VariableReader.ReadBigInteger(v), V("bigInteger", "\"1.5\""), "Variable 'v' expected bigInteger but was bigInteger \"1.5\"" },
        { v => VariableReader.ReadBoolean(v), V("string", "\"true\""), "Variable 'v' expected boolean but was string \"true\"" },
        { v => VariableReader.ReadBoolean(v), V("integer", "1"), "Variable 'v' expected boolean but was integer 1" },
        { v => VariableReader.ReadDateTimeOffset(v), V("date", "\"tomorrow\""), "Variable 'v' expected date but was date \"tomorrow\"" },
        { v => VariableReader.ReadDateTimeOffset(v), V("instant", "\"2020-05-04T10:25:45\""), "Variable 'v' expected date but was instant \"2020-05-04T10:25:45\"" },
        { v => VariableReader.ReadDateTimeOffset(v), V("long", "1588587945583"), "Variable 'v' expected date but was long 1588587945583" },
        { v => VariableReader.ReadDateTime(v), V("localDate", "\"2020-05-04\""), "Variable 'v' expected date but was localDate \"2020-05-04\"" },
        { v => VariableReader.ReadDateOnly(v), V("date", "\"2020-05-04T10:25:45Z\""), "Variable 'v' expected localDate but was date \"2020-05-04T10:25:45Z\"" },
        { v => VariableReader.ReadDateOnly(v), V("localDate", "\"2020-02-30\""), "Variable 'v' expected localDate but was localDate \"2020-02-30\"" },
        { v => VariableReader.ReadLocalDateTime(v), V("localDateTime", "\"2020-04-20T12:53Z\""), "Variable 'v' expected localDateTime but was localDateTime \"2020-04-20T12:53Z\"" },
        { v => VariableReader.ReadGuid(v), V("string", "\"xyz\""), "Variable 'v' expected string (Guid) but was string \"xyz\"" },
        { v => VariableReader.ReadEnum<Status>(v), V("string", "\"Closed\""), "Variable 'v' expected string (Status) but was string \"Closed\"" },
        { v => VariableReader.ReadEnum<Status>(v), V("string", "\"1\""), "Variable 'v' expected string (Status) but was string \"1\"" },
        { v => VariableReader.ReadEnum<Status>(v), V("string", "\"Open, 1\""), "Variable 'v' expected string (Status) but was string \"Open, 1\"" },
        { v => VariableReader.ReadEnum<Status>(v), V("integer", "1"), "Variable 'v' expected string (Status) but was integer 1" },
        { v => VariableReader.ReadJson(v, TestJsonContext.Default.Order), V("string", "\"{\\\"id\\\":\\\"A\\\"}\""), "Variable 'v' expected json (Order) but was string \"{\\\"id\\\":\\\"A\\\"}\"" },
        { v => VariableReader.ReadJson(v, TestJsonContext.Default.ListInt32), V("json", """{"a":1}"""), "Variable 'v' expected json (List<int>) but was json {\"a\":1}" },
    };

    [Theory]
    [MemberData(nameof(WrongKinds))]
    public void A_value_of_the_wrong_kind_names_the_variable_the_expected_type_and_what_came(
        Func<RestVariable, object> read, RestVariable variable, string message)
    {
        var error = Assert.Throws<VariableConversionException>(() => read(variable));

        Assert.Equal(message, error.Message);
        Assert.Equal("v", error.VariableName);
    }

    public static TheoryData<Func<RestVariable, object>, RestVariable, string> OutOfRange => new()
    {
        { v => VariableReader.ReadInt32(v), V("long", "3000000000"), "Variable 'v' expected integer but the value 3000000000 is out of range" },
        { v => VariableReader.ReadInt32(v), V("double", "-3e9"), "Variable 'v' expected integer but the value -3e9 is out of range" },
        { v => VariableReader.ReadInt16(v), V("integer", "40000"), "Variable 'v' expected short but the value 40000 is out of range" },
        { v => VariableReader.ReadInt64(v), V("long", "9223372036854775808"), "Variable 'v' expected long but the value 9223372036854775808 is out of range" },
        { v => VariableReader.ReadInt64(v), V("double", "1e300"), "Variable 'v' expected long but the value 1e300 is out of range" },
        { v => VariableReader.ReadSingle(v), V("double", "1e300"), "Variable 'v' expected double but the value 1e300 is out of range" },
        { v => VariableReader.ReadDecimal(v), V("double", "1e40"), "Variable 'v' expected bigDecimal but the value 1e40 is out of range" },
        { v => VariableReader.ReadDecimal(v), V("bigDecimal", "\"1e40\""), "Variable 'v' expected bigDecimal but the value \"1e40\" is out of range" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_value_that_does_not_fit_is_out_of_range(Func<RestVariable, object> read, RestVariable variable, string message) =>
        Assert.Equal(message, Assert.Throws<VariableConversionException>(() => read(variable)).Message);

    public static TheoryData<Func<RestVariable, object>, string> EveryReader => new()
    {
        { v => VariableReader.ReadString(v), "string" },
        { v => VariableReader.ReadInt32(v), "integer" },
        { v => VariableReader.ReadInt64(v), "long" },
        { v => VariableReader.ReadInt16(v), "short" },
        { v => VariableReader.ReadDouble(v), "double" },
        { v => VariableReader.ReadSingle(v), "double" },
        { v => VariableReader.ReadDecimal(v), "bigDecimal" },
        { v => VariableReader.ReadBigInteger(v), "bigInteger" },
        { v => VariableReader.ReadBoolean(v), "boolean" },
        { v => VariableReader.ReadDateTimeOffset(v), "date" },
        { v => VariableReader.ReadDateTime(v), "date" },
        { v => VariableReader.ReadDateOnly(v), "localDate" },
        { v => VariableReader.ReadLocalDateTime(v), "localDateTime" },
        { v => VariableReader.ReadGuid(v), "string (Guid)" },
        { v => VariableReader.ReadJsonElement(v), "json" },
        { v => VariableReader.ReadJsonNode(v), "json" },
        { v => VariableReader.ReadEnum<Status>(v), "string (Status)" },
        { v => VariableReader.ReadJson(v, TestJsonContext.Default.Order), "json (Order)" },
    };

    [Theory]
    [MemberData(nameof(EveryReader))]
    public void A_null_value_is_reported_as_null(Func<RestVariable, object> read, string expectedType)
    {
        var nullValue = Wire.Parse("""{"name":"amount","value":null}""");

        var error = Assert.Throws<VariableConversionException>(() => read(nullValue));

        Assert.Equal($"Variable 'amount' expected {expectedType} but was null", error.Message);
    }

    [Fact]
    public void A_missing_variable_has_its_own_message() =>
        Assert.Equal(
            "Variable 'amount' expected integer but was missing",
            VariableConversionException.Missing("amount", "integer").Message);

    [Fact]
    public void Long_values_are_shortened_in_the_message()
    {
        var longText = new string('x', 500);
        var error = Assert.Throws<VariableConversionException>(() => VariableReader.ReadInt32(V("string", $"\"{longText}\"")));

        Assert.Equal($"Variable 'v' expected integer but was string \"{new string('x', 59)}…", error.Message);
    }

    [Fact]
    public void Json_that_does_not_fit_the_type_keeps_the_serializer_error()
    {
        var error = Assert.Throws<VariableConversionException>(
            () => VariableReader.ReadJson(V("json", """{"id":"A","lines":[{"sku":"pen","quantity":"two"}]}"""), TestJsonContext.Default.Order));

        Assert.StartsWith("Variable 'v' expected json (Order) but was json {\"id\":\"A\"", error.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(error.InnerException);
    }

    [Fact]
    public void Scalar_reads_do_not_allocate()
    {
        var integer = V("integer", "42");
        var number = V("double", "3.0");
        var decimalText = V("bigDecimal", "\"12.50\"");
        var date = V("date", "\"2020-05-04T10:25:45.583Z\"");
        var localDate = V("localDate", "\"2020-05-04\"");
        var guid = V("string", "\"0f8fad5b-d9cb-469f-a165-70867728950e\"");
        var status = V("string", "\"InProgress\"");
        var flag = V("boolean", "true");
        ReadAll();

        var before = GC.GetAllocatedBytesForCurrentThread();
        ReadAll();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);

        void ReadAll()
        {
            VariableReader.ReadInt32(integer);
            VariableReader.ReadInt64(number);
            VariableReader.ReadDouble(number);
            VariableReader.ReadDecimal(decimalText);
            VariableReader.ReadDateTimeOffset(date);
            VariableReader.ReadDateOnly(localDate);
            VariableReader.ReadGuid(guid);
            VariableReader.ReadEnum<Status>(status);
            VariableReader.ReadBoolean(flag);
        }
    }
}
