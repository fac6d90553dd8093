using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// Reads a variable's value as a C# type by Flowable's type rules, or throws a
/// <see cref="VariableConversionException"/> that names the variable, the expected type and what came.
/// </summary>
/// <remarks>
/// <para>
/// Each method takes a present variable; a null value gives <c>… but was null</c>. A variable whose
/// <see cref="RestVariable.Type"/> is absent is judged by its JSON kind alone. Scalar reads do not allocate.
/// </para>
/// <para>
/// <see cref="ReadJson{T}"/> reads the native JSON of a <c>json</c> variable. It does not parse JSON text held in a
/// <c>string</c> variable: Flowable stores a string as a string, and guessing would turn a string that merely looks
/// like JSON into an object.
/// </para>
/// </remarks>
public static class VariableReader
{
    private const int ScratchLength = 128;

    /// <summary>Reads a <c>string</c> variable; any other kind, numbers and booleans included, is an error.</summary>
    public static string ReadString(in RestVariable variable)
    {
        EnsureNotNull(variable, BindingTable.String.ExpectedType);
        if (variable.Value.ValueKind == JsonValueKind.String && variable.Type is null or VariableTypes.String)
        {
            return variable.Value.GetString()!;
        }

        throw WrongKind(variable, BindingTable.String.ExpectedType);
    }

    /// <summary>Reads an <c>integer</c>, <c>long</c>, <c>short</c> or integral <c>double</c> that fits an <see cref="int"/>.</summary>
    public static int ReadInt32(in RestVariable variable)
    {
        var value = ReadIntegral(variable, BindingTable.Int32.ExpectedType);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw OutOfRange(variable, BindingTable.Int32.ExpectedType);
    }

    /// <summary>Reads an <c>integer</c>, <c>long</c>, <c>short</c> or integral <c>double</c> that fits a <see cref="long"/>.</summary>
    public static long ReadInt64(in RestVariable variable) => ReadIntegral(variable, BindingTable.Int64.ExpectedType);

    /// <summary>Reads an <c>integer</c>, <c>long</c>, <c>short</c> or integral <c>double</c> that fits a <see cref="short"/>.</summary>
    public static short ReadInt16(in RestVariable variable)
    {
        var value = ReadIntegral(variable, BindingTable.Int16.ExpectedType);
        return value is >= short.MinValue and <= short.MaxValue
            ? (short)value
            : throw OutOfRange(variable, BindingTable.Int16.ExpectedType);
    }

    /// <summary>Reads any number: <c>integer</c>, <c>long</c>, <c>short</c>, <c>double</c>, or a <c>bigDecimal</c>/<c>bigInteger</c> string.</summary>
    public static double ReadDouble(in RestVariable variable)
    {
        EnsureNotNull(variable, BindingTable.Double.ExpectedType);
        if (IsJsonNumber(variable))
        {
            return variable.Value.TryGetDouble(out var number) && double.IsFinite(number)
                ? number
                : throw OutOfRange(variable, BindingTable.Double.ExpectedType);
        }

        if (IsBigNumberString(variable))
        {
            Span<char> scratch = stackalloc char[ScratchLength];
            if (TryGetText(variable.Value, scratch, out var text)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return double.IsFinite(parsed) ? parsed : throw OutOfRange(variable, BindingTable.Double.ExpectedType);
            }
        }

        throw WrongKind(variable, BindingTable.Double.ExpectedType);
    }

    /// <summary>Reads any number as a <see cref="float"/>; a value beyond its range is an error.</summary>
    public static float ReadSingle(in RestVariable variable)
    {
        var value = ReadDouble(variable);
        var single = (float)value;
        return float.IsFinite(single) ? single : throw OutOfRange(variable, BindingTable.Single.ExpectedType);
    }

    /// <summary>Reads a <c>bigDecimal</c> (or <c>bigInteger</c>) string, or any JSON number, without rounding through <see cref="double"/>.</summary>
    public static decimal ReadDecimal(in RestVariable variable)
    {
        EnsureNotNull(variable, BindingTable.Decimal.ExpectedType);
        if (IsJsonNumber(variable))
        {
            return variable.Value.TryGetDecimal(out var number) ? number : throw OutOfRange(variable, BindingTable.Decimal.ExpectedType);
        }

        if (IsBigNumberString(variable))
        {
            Span<char> scratch = stackalloc char[ScratchLength];
            if (TryGetText(variable.Value, scratch, out var text))
            {
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                // Text that is a number but not a decimal one is too large for decimal, not of the wrong kind.
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    throw OutOfRange(variable, BindingTable.Decimal.ExpectedType);
                }
            }
        }

        throw WrongKind(variable, BindingTable.Decimal.ExpectedType);
    }

    /// <summary>Reads a <c>bigInteger</c> string or an integral JSON number of any size.</summary>
    public static BigInteger ReadBigInteger(in RestVariable variable)
    {
        EnsureNotNull(variable, BindingTable.BigInteger.ExpectedType);
        if (IsJsonNumber(variable))
        {
            if (variable.Value.TryGetInt64(out var small))
            {
                return small;
            }

            var raw = JsonElementCompat.RawUtf8(variable.Value);
            Span<char> scratch = stackalloc char[ScratchLength];
            if (raw.Length <= scratch.Length)
            {
                var text = Widen(raw, scratch);
                if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }
            }

            if (variable.Value.TryGetDouble(out var number) && double.IsFinite(number) && double.IsInteger(number))
            {
                return new BigInteger(number);
            }
        }
        else if (variable.Value.ValueKind == JsonValueKind.String && variable.Type is null or VariableTypes.BigInteger)
        {
            var text = variable.Value.GetString()!;
            if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }
        }

        throw WrongKind(variable, BindingTable.BigInteger.ExpectedType);
    }

    /// <summary>Reads a <c>boolean</c>; the strings <c>"true"</c> and <c>"false"</c> are errors, as on the server.</summary>
    public static bool ReadBoolean(in RestVariable variable)
    {
        EnsureNotNull(variable, BindingTable.Boolean.ExpectedType);
        if (variable.Type is null or VariableTypes.Boolean)
        {
            switch (variable.Value.ValueKind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
            }
        }

        throw WrongKind(variable, BindingTable.Boolean.ExpectedType);
    }

    /// <summary>
    /// Reads a <c>date</c> or <c>instant</c>: ISO-8601 with 0–9 fraction digits and <c>Z</c> or an offset (kept).
    /// A <c>date</c> without offset is UTC; an <c>instant</c> needs one.
    /// </summary>
    public static DateTimeOffset ReadDateTimeOffset(in RestVariable variable)
    {
        EnsureNotNull(variable, BindingTable.DateTimeOffset.ExpectedType);
        if (variable.Value.ValueKind == JsonValueKind.String && variable.Type is null or VariableTypes.Date or VariableTypes.Instant)
        {
            Span<char> scratch = stackalloc char[ScratchLength];
            if (TryGetText(variable.Value, scratch, out var text)
                && (variable.Type == VariableTypes.Instant
                    ? FlowableDateFormat.TryParseInstant(text, out var value)
                    : FlowableDateFormat.TryParseDate(text, out value)))
            {
                return value;
            }
        }

        throw WrongKind(variable, BindingTable.DateTimeOffset.ExpectedType);
    }

    /// <summary>Reads a <c>date</c> or <c>instant</c> as a UTC <see cref="DateTime"/>.</summary>
    public static DateTime ReadDateTime(in RestVariable variable) => ReadDateTimeOffset(variable).UtcDateTime;

    /// <summary>Reads a <c>localDate</c>: <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly ReadDateOnly(in RestVariable variable)
    {
        EnsureNotNull(variable, BindingTable.DateOnly.ExpectedType);
        if (variable.Value.ValueKind == JsonValueKind.String && variable.Type is null or VariableTypes.LocalDate)
        {
            Span<char> scratch = stackalloc char[ScratchLength];
            if (TryGetText(variable.Value, scratch, out var text) && FlowableDateFormat.TryParseLocalDate(text, out var value))
            {
                return value;
            }
        }

        throw WrongKind(variable, BindingTable.DateOnly.ExpectedType);
    }

    /// <summary>Reads a <c>localDateTime</c> (no offset) as a <see cref="DateTime"/> of <see cref="DateTimeKind.Unspecified"/> kind.</summary>
    public static DateTime ReadLocalDateTime(in RestVariable variable)
    {
        EnsureNotNull(variable, VariableTypes.LocalDateTime);
        if (variable.Value.ValueKind == JsonValueKind.String && variable.Type is null or VariableTypes.LocalDateTime)
        {
            Span<char> scratch = stackalloc char[ScratchLength];
            if (TryGetText(variable.Value, scratch, out var text) && FlowableDateFormat.TryParseLocalDateTime(text, out var value))
            {
                return value;
            }
        }

        throw WrongKind(variable, VariableTypes.LocalDateTime);
    }

    /// <summary>Reads a <c>string</c> holding a GUID (Flowable's external job API has no uuid type).</summary>
    public static Guid ReadGuid(in RestVariable variable)
    {
        var expected = BindingTable.Guid.ExpectedType;
        EnsureNotNull(variable, expected);
        if (variable.Value.ValueKind == JsonValueKind.String && variable.Type is null or VariableTypes.String)
        {
            Span<char> scratch = stackalloc char[ScratchLength];
            if (TryGetText(variable.Value, scratch, out var text) && Guid.TryParse(text, out var value))
            {
                return value;
            }
        }

        throw WrongKind(variable, expected);
    }

    /// <summary>Reads any variable's value as it came.</summary>
    public static JsonElement ReadJsonElement(in RestVariable variable)
    {
        EnsureNotNull(variable, BindingTable.JsonElement.ExpectedType);
        return variable.Value;
    }

    /// <summary>Reads any variable's value as a mutable <see cref="JsonNode"/>.</summary>
    public static JsonNode ReadJsonNode(in RestVariable variable)
    {
        EnsureNotNull(variable, BindingTable.JsonNode.ExpectedType);
        var value = variable.Value;
        return value.ValueKind switch
        {
            JsonValueKind.Object => JsonObject.Create(value)!,
            JsonValueKind.Array => JsonArray.Create(value)!,
            _ => JsonValue.Create(value)!,
        };
    }

    /// <summary>
    /// Reads a <c>string</c> holding a member name of <typeparamref name="TEnum"/>, ignoring case (flags may be
    /// combined as <c>"Read, Write"</c>). Numeric strings are errors: they would accept values the enum does not name.
    /// </summary>
    public static TEnum ReadEnum<TEnum>(in RestVariable variable)
        where TEnum : struct, Enum
    {
        if (variable.IsNull || variable.Value.ValueKind != JsonValueKind.String || variable.Type is not (null or VariableTypes.String))
        {
            EnsureNotNull(variable, EnumExpectation(typeof(TEnum)));
            throw WrongKind(variable, EnumExpectation(typeof(TEnum)));
        }

        Span<char> scratch = stackalloc char[ScratchLength];
        if (TryGetText(variable.Value, scratch, out var text) && !HasNumericMember(text)
            && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value))
        {
            return value;
        }

        throw WrongKind(variable, EnumExpectation(typeof(TEnum)));
    }

    /// <summary>
    /// Reads a <c>json</c> variable into <typeparamref name="T"/> (a record, class, array, list or dictionary) with
    /// source-generated System.Text.Json metadata. A value <typeparamref name="T"/> cannot hold is an error, with the
    /// serializer's explanation as inner exception.
    /// </summary>
    public static T ReadJson<T>(in RestVariable variable, JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        if (variable.IsNull)
        {
            throw VariableConversionException.Null(variable.Name, JsonExpectation(jsonTypeInfo));
        }

        if (variable.Type is not (null or VariableTypes.Json))
        {
            throw WrongKind(variable, JsonExpectation(jsonTypeInfo));
        }

        T? value;
        try
        {
            value = variable.Value.Deserialize(jsonTypeInfo);
        }
        catch (JsonException ex)
        {
            throw new VariableConversionException(variable.Name, JsonExpectation(jsonTypeInfo), Describe(variable), ex);
        }

        return value ?? throw VariableConversionException.Null(variable.Name, JsonExpectation(jsonTypeInfo));
    }

    // Built only for a message, so a successful read allocates nothing for it.
    private static string JsonExpectation(JsonTypeInfo jsonTypeInfo) => BindingTable.ExpectedTypeOf(BindingTable.Json, ClrTypeNames.CSharpName(jsonTypeInfo.Type));

    /// <summary>
    /// Reads an enum whose type is known only at run time, for <c>ExternalWorkerJob.GetVariable&lt;T&gt;</c>;
    /// the same rules as <see cref="ReadEnum{TEnum}"/>.
    /// </summary>
    internal static object ReadEnum(in RestVariable variable, Type enumType)
    {
        if (!variable.IsNull && variable.Value.ValueKind == JsonValueKind.String && variable.Type is null or VariableTypes.String)
        {
            Span<char> scratch = stackalloc char[ScratchLength];
            if (TryGetText(variable.Value, scratch, out var text) && !HasNumericMember(text)
                && Enum.TryParse(enumType, text, ignoreCase: true, out var value))
            {
                return value!;
            }
        }

        EnsureNotNull(variable, EnumExpectation(enumType));
        throw WrongKind(variable, EnumExpectation(enumType));
    }

    internal static string EnumExpectation(Type enumType) => BindingTable.ExpectedTypeOf(BindingTable.Enum, ClrTypeNames.CSharpName(enumType));

    /// <summary>What came, for messages: the Flowable type (or the JSON kind) and the value, shortened.</summary>
    internal static string Describe(in RestVariable variable)
    {
        if (variable.IsNull)
        {
            return "null";
        }

        var kind = variable.Type ?? variable.Value.ValueKind switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Array => "array",
            _ => "object",
        };
        return $"{kind} {Shorten(variable.Value.GetRawText())}";
    }

    private static string Shorten(string raw)
    {
        const int limit = 60;
        return raw.Length <= limit ? raw : string.Concat(raw.AsSpan(0, limit), "…");
    }

    private static long ReadIntegral(in RestVariable variable, string expected)
    {
        EnsureNotNull(variable, expected);
        if (IsJsonNumber(variable))
        {
            if (variable.Value.TryGetInt64(out var integral))
            {
                return integral;
            }

            if (!variable.Value.TryGetDouble(out var number) || !double.IsFinite(number))
            {
                throw OutOfRange(variable, expected);
            }

            if (double.IsInteger(number))
            {
                return number is >= -9223372036854775808.0 and < 9223372036854775808.0
                    ? (long)number
                    : throw OutOfRange(variable, expected);
            }
        }

        throw WrongKind(variable, expected);
    }

    private static bool IsJsonNumber(in RestVariable variable) =>
        variable.Value.ValueKind == JsonValueKind.Number
        && variable.Type is null or VariableTypes.Integer or VariableTypes.Long or VariableTypes.Short or VariableTypes.Double;

    private static bool IsBigNumberString(in RestVariable variable) =>
        variable.Value.ValueKind == JsonValueKind.String
        && variable.Type is VariableTypes.BigDecimal or VariableTypes.BigInteger;

    /// <summary>Rejects numbers in any comma-separated part, as <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> accepts them.</summary>
    private static bool HasNumericMember(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var comma = text.IndexOf(',');
            var part = (comma < 0 ? text : text[..comma]).TrimStart();
            if (!part.IsEmpty && (char.IsAsciiDigit(part[0]) || part[0] is '-' or '+'))
            {
                return true;
            }

            text = comma < 0 ? default : text[(comma + 1)..];
        }

        return false;
    }

    /// <summary>
    /// Gets a JSON string's text into <paramref name="scratch"/> without allocating when it has no escapes; false
    /// when it does not fit (no value a scalar parser accepts is that long).
    /// </summary>
    private static bool TryGetText(JsonElement element, Span<char> scratch, out ReadOnlySpan<char> text)
    {
        var raw = JsonElementCompat.RawUtf8(element);
        if (raw.Length >= 2 && raw[0] == (byte)'"')
        {
            raw = raw[1..^1];
        }

        if (raw.IndexOf((byte)'\\') < 0)
        {
            text = raw.Length <= scratch.Length ? Widen(raw, scratch) : default;
            return raw.Length <= scratch.Length;
        }

        var unescaped = element.GetString()!;
        if (unescaped.Length > scratch.Length)
        {
            text = default;
            return false;
        }

        unescaped.CopyTo(scratch);
        text = scratch[..unescaped.Length];
        return true;
    }

    /// <summary>Widens UTF-8 bytes to chars; non-ASCII bytes become characters no scalar grammar accepts.</summary>
    private static ReadOnlySpan<char> Widen(ReadOnlySpan<byte> utf8, Span<char> scratch)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            scratch[i] = (char)utf8[i];
        }

        return scratch[..utf8.Length];
    }

    private static void EnsureNotNull(in RestVariable variable, string expected)
    {
        if (variable.IsNull)
        {
            throw VariableConversionException.Null(variable.Name, expected);
        }
    }

    private static VariableConversionException WrongKind(in RestVariable variable, string expected) =>
        new(variable.Name, expected, Describe(variable));

    private static VariableConversionException OutOfRange(in RestVariable variable, string expected) =>
        VariableConversionException.OutOfRange(variable.Name, expected, Shorten(variable.Value.GetRawText()));
}
