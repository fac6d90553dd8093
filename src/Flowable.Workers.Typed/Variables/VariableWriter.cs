using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Flowable.Workers.Typed.Shared;

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
        value is null ? Null(name, BindingTable.String.WrittenType) : Create(name, BindingTable.String.WrittenType, value, static (w, v) => w.WriteStringValue(v));

    /// <summary>An <c>integer</c> variable.</summary>
    public static RestVariable Int32(string name, int value) =>
        Create(name, BindingTable.Int32.WrittenType, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>An <c>integer</c> variable, or a null one.</summary>
    public static RestVariable Int32(string name, int? value) =>
        value is { } v ? Int32(name, v) : Null(name, BindingTable.Int32.WrittenType);

    /// <summary>A <c>long</c> variable.</summary>
    public static RestVariable Int64(string name, long value) =>
        Create(name, BindingTable.Int64.WrittenType, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>A <c>long</c> variable, or a null one.</summary>
    public static RestVariable Int64(string name, long? value) =>
        value is { } v ? Int64(name, v) : Null(name, BindingTable.Int64.WrittenType);

    /// <summary>A <c>short</c> variable.</summary>
    public static RestVariable Int16(string name, short value) =>
        Create(name, BindingTable.Int16.WrittenType, value, static (w, v) => w.WriteNumberValue(v));

    /// <summary>A <c>short</c> variable, or a null one.</summary>
    public static RestVariable Int16(string name, short? value) =>
        value is { } v ? Int16(name, v) : Null(name, BindingTable.Int16.WrittenType);

    /// <summary>A <c>double</c> variable. NaN and infinities have no JSON form and are rejected.</summary>
    public static RestVariable Double(string name, double value)
    {
        EnsureFinite(name, double.IsFinite(value), value);
        return Create(name, BindingTable.Double.WrittenType, value, static (w, v) => w.WriteNumberValue(v));
    }

    /// <summary>A <c>double</c> variable, or a null one.</summary>
    public static RestVariable Double(string name, double? value) =>
        value is { } v ? Double(name, v) : Null(name, BindingTable.Double.WrittenType);

    /// <summary>A <c>double</c> variable holding the shortest decimal form of a <see cref="float"/> (1.1f is sent as 1.1).</summary>
    public static RestVariable Single(string name, float value)
    {
        EnsureFinite(name, float.IsFinite(value), value);
        return Create(name, BindingTable.Single.WrittenType, value, static (w, v) => w.WriteNumberValue(v));
    }

    /// <summary>A <c>double</c> variable from a <see cref="float"/>, or a null one.</summary>
    public static RestVariable Single(string name, float? value) =>
        value is { } v ? Single(name, v) : Null(name, BindingTable.Single.WrittenType);

    /// <summary>A <c>bigDecimal</c> variable: the invariant decimal text as a JSON string, scale kept (12.50m is <c>"12.50"</c>).</summary>
    public static RestVariable Decimal(string name, decimal value) =>
        Create(name, BindingTable.Decimal.WrittenType, value, JsonValueWriter.WriteDecimal);

    /// <summary>A <c>bigDecimal</c> variable, or a null one.</summary>
    public static RestVariable Decimal(string name, decimal? value) =>
        value is { } v ? Decimal(name, v) : Null(name, BindingTable.Decimal.WrittenType);

    /// <summary>A <c>bigInteger</c> variable: the invariant integer text as a JSON string.</summary>
    public static RestVariable BigInteger(string name, BigInteger value) =>
        Create(name, BindingTable.BigInteger.WrittenType, value, JsonValueWriter.WriteBigInteger);

    /// <summary>A <c>bigInteger</c> variable, or a null one.</summary>
    public static RestVariable BigInteger(string name, BigInteger? value) =>
        value is { } v ? BigInteger(name, v) : Null(name, BindingTable.BigInteger.WrittenType);

    /// <summary>A <c>boolean</c> variable.</summary>
    public static RestVariable Boolean(string name, bool value) =>
        Create(name, BindingTable.Boolean.WrittenType, value, static (w, v) => w.WriteBooleanValue(v));

    /// <summary>A <c>boolean</c> variable, or a null one.</summary>
    public static RestVariable Boolean(string name, bool? value) =>
        value is { } v ? Boolean(name, v) : Null(name, BindingTable.Boolean.WrittenType);

    /// <summary>A <c>date</c> variable, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC.</summary>
    public static RestVariable DateTimeOffset(string name, DateTimeOffset value) =>
        Create(name, BindingTable.DateTimeOffset.WrittenType, value, JsonValueWriter.WriteDate);

    /// <summary>A <c>date</c> variable, or a null one.</summary>
    public static RestVariable DateTimeOffset(string name, DateTimeOffset? value) =>
        value is { } v ? DateTimeOffset(name, v) : Null(name, BindingTable.DateTimeOffset.WrittenType);

    /// <summary>
    /// A <c>date</c> variable, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC. A local time is converted to UTC; an
    /// unspecified one is taken as UTC.
    /// </summary>
    public static RestVariable DateTime(string name, DateTime value) =>
        Create(name, BindingTable.DateTime.WrittenType, FlowableDateFormat.ToUtc(value), JsonValueWriter.WriteDate);

    /// <summary>A <c>date</c> variable, or a null one.</summary>
    public static RestVariable DateTime(string name, DateTime? value) =>
        value is { } v ? DateTime(name, v) : Null(name, BindingTable.DateTime.WrittenType);

    /// <summary>A <c>localDate</c> variable, <c>yyyy-MM-dd</c>.</summary>
    public static RestVariable DateOnly(string name, DateOnly value) =>
        Create(name, BindingTable.DateOnly.WrittenType, value, JsonValueWriter.WriteLocalDate);

    /// <summary>A <c>localDate</c> variable, or a null one.</summary>
    public static RestVariable DateOnly(string name, DateOnly? value) =>
        value is { } v ? DateOnly(name, v) : Null(name, BindingTable.DateOnly.WrittenType);

    /// <summary>A <c>localDateTime</c> variable, <c>yyyy-MM-ddTHH:mm:ss.fff</c> without offset (the kind is ignored).</summary>
    public static RestVariable LocalDateTime(string name, DateTime value) =>
        Create(name, VariableTypes.LocalDateTime, value, JsonValueWriter.WriteLocalDateTime);

    /// <summary>A <c>localDateTime</c> variable, or a null one.</summary>
    public static RestVariable LocalDateTime(string name, DateTime? value) =>
        value is { } v ? LocalDateTime(name, v) : Null(name, VariableTypes.LocalDateTime);

    /// <summary>A <c>string</c> variable holding the GUID as <c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>.</summary>
    public static RestVariable Guid(string name, Guid value) =>
        Create(name, BindingTable.Guid.WrittenType, value, JsonValueWriter.WriteGuid);

    /// <summary>A <c>string</c> variable holding a GUID, or a null one.</summary>
    public static RestVariable Guid(string name, Guid? value) =>
        value is { } v ? Guid(name, v) : Null(name, BindingTable.Guid.WrittenType);

    /// <summary>A <c>json</c> variable holding the element as it is.</summary>
    public static RestVariable JsonElement(string name, JsonElement value) =>
        value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? Null(name, BindingTable.JsonElement.WrittenType)
            : new RestVariable(ValidName(name), BindingTable.JsonElement.WrittenType, value.Clone());

    /// <summary>A <c>json</c> variable, or a null one.</summary>
    public static RestVariable JsonElement(string name, JsonElement? value) =>
        value is { } v ? JsonElement(name, v) : Null(name, BindingTable.JsonElement.WrittenType);

    /// <summary>A <c>json</c> variable holding the node's JSON, or a null one.</summary>
    public static RestVariable JsonNode(string name, JsonNode? value) =>
        value is null ? Null(name, BindingTable.JsonNode.WrittenType) : Create(name, BindingTable.JsonNode.WrittenType, value, static (w, v) => v.WriteTo(w));

    /// <summary>
    /// A <c>string</c> variable holding the member name (<c>"Read, Write"</c> for combined flags). A value the enum
    /// does not name is rejected, as its number would not read back.
    /// </summary>
    public static RestVariable Enum<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum =>
        String(name, BindingTable.Enum.WrittenType, EnumName(name, value));

    /// <summary>A <c>string</c> variable holding an enum member name, or a null one.</summary>
    public static RestVariable Enum<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum =>
        value is { } v ? Enum(name, v) : Null(name, BindingTable.Enum.WrittenType);

    /// <summary>
    /// A <c>json</c> variable holding <paramref name="value"/> serialized with source-generated System.Text.Json
    /// metadata, or a null one.
    /// </summary>
    public static RestVariable Json<T>(string name, T value, JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        ValidName(name);
        return value is null
            ? Null(name, BindingTable.Json.WrittenType)
            : new RestVariable(name, BindingTable.Json.WrittenType, JsonSerializer.SerializeToElement(value, jsonTypeInfo));
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
