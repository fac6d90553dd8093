using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// Creates variables from C# values with the Flowable <c>type</c> each maps to: the inverse of
/// <see cref="VariableReader"/>. A null value gives <c>{"name":…,"type":…,"value":null}</c>, which sets the
/// variable to null.
/// </summary>
public static class VariableWriter
{
    private static readonly JsonElement NullValue = JsonElementCompat.Parse("null"u8);

    /// <summary>A <c>string</c> variable.</summary>
    public static RestVariable String(string name, string? value) =>
        value is null ? Null(name, VariableTypes.String) : Create(name, VariableTypes.String, value, static (w, v) => w.WriteStringValue(v));

    /// <summary>An <c>integer</c> variable.</summary>
    public static RestVariable Int32(string name, int value) =>
        Create(name, VariableTypes.Integer, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>An <c>integer</c> variable, or a null one.</summary>
    public static RestVariable Int32(string name, int? value) =>
        value is { } v ? Int32(name, v) : Null(name, VariableTypes.Integer);

    /// <summary>A <c>long</c> variable.</summary>
    public static RestVariable Int64(string name, long value) =>
        Create(name, VariableTypes.Long, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>A <c>long</c> variable, or a null one.</summary>
    public static RestVariable Int64(string name, long? value) =>
        value is { } v ? Int64(name, v) : Null(name, VariableTypes.Long);

    /// <summary>A <c>short</c> variable.</summary>
    public static RestVariable Int16(string name, short value) =>
        Create(name, VariableTypes.Short, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>A <c>short</c> variable, or a null one.</summary>
    public static RestVariable Int16(string name, short? value) =>
        value is { } v ? Int16(name, v) : Null(name, VariableTypes.Short);

    /// <summary>A <c>double</c> variable. NaN and infinities have no JSON form and are rejected.</summary>
    public static RestVariable Double(string name, double value)
    {
        EnsureFinite(name, double.IsFinite(value), value);
        return Create(name, VariableTypes.Double, value, static (w, v) => w.WriteNumberValue(v));
    }

    /// <summary>A <c>double</c> variable, or a null one.</summary>
    public static RestVariable Double(string name, double? value) =>
        value is { } v ? Double(name, v) : Null(name, VariableTypes.Double);

    /// <summary>A <c>double</c> variable holding the shortest decimal form of a <see cref="float"/> (1.1f is sent as 1.1).</summary>
    public static RestVariable Single(string name, float value)
    {
        EnsureFinite(name, float.IsFinite(value), value);
        return Create(name, VariableTypes.Double, value, static (w, v) => w.WriteNumberValue(v));
    }

    /// <summary>A <c>double</c> variable from a <see cref="float"/>, or a null one.</summary>
    public static RestVariable Single(string name, float? value) =>
        value is { } v ? Single(name, v) : Null(name, VariableTypes.Double);

    /// <summary>A <c>bigDecimal</c> variable: the invariant decimal text as a JSON string, scale kept (12.50m is <c>"12.50"</c>).</summary>
    public static RestVariable Decimal(string name, decimal value) =>
        Create(name, VariableTypes.BigDecimal, value, JsonValueWriter.WriteDecimal);

    /// <summary>A <c>bigDecimal</c> variable, or a null one.</summary>
    public static RestVariable Decimal(string name, decimal? value) =>
        value is { } v ? Decimal(name, v) : Null(name, VariableTypes.BigDecimal);

    /// <summary>A <c>bigInteger</c> variable: the invariant integer text as a JSON string.</summary>
    public static RestVariable BigInteger(string name, BigInteger value) =>
        Create(name, VariableTypes.BigInteger, value, JsonValueWriter.WriteBigInteger);

    /// <summary>A <c>bigInteger</c> variable, or a null one.</summary>
    public static RestVariable BigInteger(string name, BigInteger? value) =>
        value is { } v ? BigInteger(name, v) : Null(name, VariableTypes.BigInteger);

    /// <summary>A <c>boolean</c> variable.</summary>
    public static RestVariable Boolean(string name, bool value) =>
        Create(name, VariableTypes.Boolean, value, static (w, v) => w.WriteBooleanValue(v));

    /// <summary>A <c>boolean</c> variable, or a null one.</summary>
    public static RestVariable Boolean(string name, bool? value) =>
        value is { } v ? Boolean(name, v) : Null(name, VariableTypes.Boolean);

    /// <summary>A <c>date</c> variable, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC.</summary>
    public static RestVariable DateTimeOffset(string name, DateTimeOffset value) =>
        Create(name, VariableTypes.Date, value, JsonValueWriter.WriteDate);

    /// <summary>A <c>date</c> variable, or a null one.</summary>
    public static RestVariable DateTimeOffset(string name, DateTimeOffset? value) =>
        value is { } v ? DateTimeOffset(name, v) : Null(name, VariableTypes.Date);

    /// <summary>
    /// A <c>date</c> variable, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC. A local time is converted to UTC; an
    /// unspecified one is taken as UTC.
    /// </summary>
    public static RestVariable DateTime(string name, DateTime value) =>
        Create(name, VariableTypes.Date, FlowableDateFormat.ToUtc(value), JsonValueWriter.WriteDate);

    /// <summary>A <c>date</c> variable, or a null one.</summary>
    public static RestVariable DateTime(string name, DateTime? value) =>
        value is { } v ? DateTime(name, v) : Null(name, VariableTypes.Date);

    /// <summary>A <c>localDate</c> variable, <c>yyyy-MM-dd</c>.</summary>
    public static RestVariable DateOnly(string name, DateOnly value) =>
        Create(name, VariableTypes.LocalDate, value, JsonValueWriter.WriteLocalDate);

    /// <summary>A <c>localDate</c> variable, or a null one.</summary>
    public static RestVariable DateOnly(string name, DateOnly? value) =>
        value is { } v ? DateOnly(name, v) : Null(name, VariableTypes.LocalDate);

    /// <summary>A <c>localDateTime</c> variable, <c>yyyy-MM-ddTHH:mm:ss.fff</c> without offset (the kind is ignored).</summary>
    public static RestVariable LocalDateTime(string name, DateTime value) =>
        Create(name, VariableTypes.LocalDateTime, value, JsonValueWriter.WriteLocalDateTime);

    /// <summary>A <c>localDateTime</c> variable, or a null one.</summary>
    public static RestVariable LocalDateTime(string name, DateTime? value) =>
        value is { } v ? LocalDateTime(name, v) : Null(name, VariableTypes.LocalDateTime);

    /// <summary>A <c>string</c> variable holding the GUID as <c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>.</summary>
    public static RestVariable Guid(string name, Guid value) =>
        Create(name, VariableTypes.String, value, JsonValueWriter.WriteGuid);

    /// <summary>A <c>string</c> variable holding a GUID, or a null one.</summary>
    public static RestVariable Guid(string name, Guid? value) =>
        value is { } v ? Guid(name, v) : Null(name, VariableTypes.String);

    /// <summary>A <c>json</c> variable holding the element as it is.</summary>
    public static RestVariable JsonElement(string name, JsonElement value) =>
        value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? Null(name, VariableTypes.Json)
            : new RestVariable(ValidName(name), VariableTypes.Json, value.Clone());

    /// <summary>A <c>json</c> variable, or a null one.</summary>
    public static RestVariable JsonElement(string name, JsonElement? value) =>
        value is { } v ? JsonElement(name, v) : Null(name, VariableTypes.Json);

    /// <summary>A <c>json</c> variable holding the node's JSON, or a null one.</summary>
    public static RestVariable JsonNode(string name, JsonNode? value) =>
        value is null ? Null(name, VariableTypes.Json) : Create(name, VariableTypes.Json, value, static (w, v) => v.WriteTo(w));

    /// <summary>
    /// A <c>string</c> variable holding the member name (<c>"Read, Write"</c> for combined flags). A value the enum
    /// does not name is rejected, as its number would not read back.
    /// </summary>
    public static RestVariable Enum<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum =>
        String(name, VariableTypes.String, EnumName(name, value));

    /// <summary>A <c>string</c> variable holding an enum member name, or a null one.</summary>
    public static RestVariable Enum<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum =>
        value is { } v ? Enum(name, v) : Null(name, VariableTypes.String);

    /// <summary>
    /// A <c>json</c> variable holding <paramref name="value"/> serialized with source-generated System.Text.Json
    /// metadata, or a null one.
    /// </summary>
    public static RestVariable Json<T>(string name, T value, JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        ValidName(name);
        return value is null
            ? Null(name, VariableTypes.Json)
            : new RestVariable(name, VariableTypes.Json, JsonSerializer.SerializeToElement(value, jsonTypeInfo));
    }

    /// <summary>A variable of the given type whose value is null: <c>{"name":…,"type":…,"value":null}</c>.</summary>
    public static RestVariable Null(string name, string type) => new(ValidName(name), type, NullValue);

    private static RestVariable String(string name, string type, string value) =>
        Create(name, type, value, static (w, v) => w.WriteStringValue(v));

    /// <summary>The member name an enum value is sent as; a value the enum does not name is rejected.</summary>
    internal static string EnumName<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum
    {
        var text = value.ToString();
        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '-'))
        {
            throw new ArgumentException(
                $"Variable '{name}': {text} is not a member of {typeof(TEnum).Name}, so it cannot be sent by name.", nameof(value));
        }

        return text;
    }

    internal static string ValidName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return name;
    }

    internal static void EnsureFinite<T>(string name, bool isFinite, T value)
    {
        if (!isFinite)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, $"Variable '{name}': {value} has no JSON form; Flowable can store only finite numbers.");
        }
    }

    private static RestVariable Create<T>(string name, string type, T value, Action<Utf8JsonWriter, T> write)
    {
        ValidName(name);
        var pooled = PooledJsonWriter.Rent();
        write(pooled.Writer, value);
        var element = JsonElementCompat.Parse(pooled.WrittenSpan);
        PooledJsonWriter.Return(pooled);
        return new RestVariable(name, type, element);
    }
}
