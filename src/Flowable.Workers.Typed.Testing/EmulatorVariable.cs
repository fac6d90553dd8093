using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing.Wire;

namespace Flowable.Workers.Typed.Testing;

/// <summary>
/// A process or case variable as it travels on Flowable's wire: a name, a type name (<c>string</c>, <c>integer</c>, …)
/// and a JSON value. Use the factories to give jobs their variables; outcomes report the variables a worker sent in
/// the same form, exactly as sent. Two variables are equal when name, type and JSON value are equal.
/// </summary>
/// <param name="Name">The variable name.</param>
/// <param name="Type">The wire type name; <see langword="null"/> when absent (the server leaves it out for null values).</param>
/// <param name="Value">The JSON value; <see langword="null"/> for JSON <c>null</c>.</param>
public sealed record EmulatorVariable(string Name, string? Type, JsonNode? Value)
{
    /// <summary>A <c>string</c> variable.</summary>
    public static EmulatorVariable String(string name, string value) => new(name, "string", JsonValue.Create(value));

    /// <summary>An <c>integer</c> (32-bit) variable.</summary>
    public static EmulatorVariable Integer(string name, int value) => new(name, "integer", JsonValue.Create(value));

    /// <summary>A <c>long</c> (64-bit) variable.</summary>
    public static EmulatorVariable Long(string name, long value) => new(name, "long", JsonValue.Create(value));

    /// <summary>A <c>short</c> (16-bit) variable.</summary>
    public static EmulatorVariable Short(string name, short value) => new(name, "short", JsonValue.Create(value));

    /// <summary>A <c>double</c> variable.</summary>
    public static EmulatorVariable Double(string name, double value) => new(name, "double", JsonValue.Create(value));

    /// <summary>A <c>boolean</c> variable.</summary>
    public static EmulatorVariable Boolean(string name, bool value) => new(name, "boolean", JsonValue.Create(value));

    /// <summary>A <c>date</c> (<c>java.util.Date</c>) variable, written as Flowable 8 does: UTC, milliseconds left out when zero.</summary>
    public static EmulatorVariable Date(string name, DateTimeOffset value) =>
        new(name, "date", JsonValue.Create(JavaTimeFormat.Instant(JavaTimeFormat.ToMilliseconds(value))));

    /// <summary>An <c>instant</c> variable, written like <c>Instant.toString()</c>.</summary>
    public static EmulatorVariable Instant(string name, DateTimeOffset value) =>
        new(name, "instant", JsonValue.Create(JavaTimeFormat.Instant(value)));

    /// <summary>A <c>localDate</c> variable: <c>yyyy-MM-dd</c>.</summary>
    public static EmulatorVariable LocalDate(string name, DateOnly value) =>
        new(name, "localDate", JsonValue.Create(JavaTimeFormat.LocalDate(value)));

    /// <summary>A <c>localDateTime</c> variable, written like <c>LocalDateTime.toString()</c> (seconds left out when zero).</summary>
    public static EmulatorVariable LocalDateTime(string name, DateTime value) =>
        new(name, "localDateTime", JsonValue.Create(JavaTimeFormat.LocalDateTime(value)));

    /// <summary>A <c>json</c> variable holding any JSON value (copied).</summary>
    public static EmulatorVariable Json(string name, JsonNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, "json", value.DeepClone());
    }

    /// <summary>A <c>json</c> variable parsed from JSON text.</summary>
    public static EmulatorVariable Json(string name, string json) =>
        new(name, "json", JsonNode.Parse(json) ?? throw new ArgumentException("JSON null is not a json variable value; use Null.", nameof(json)));

    /// <summary>A <c>bigDecimal</c> variable, carried as a JSON string (<c>toPlainString()</c>).</summary>
    public static EmulatorVariable BigDecimal(string name, decimal value) =>
        new(name, "bigDecimal", JsonValue.Create(value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A <c>bigInteger</c> variable, carried as a JSON string.</summary>
    public static EmulatorVariable BigInteger(string name, BigInteger value) =>
        new(name, "bigInteger", JsonValue.Create(value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A variable whose value is null: the server writes it without a type.</summary>
    public static EmulatorVariable Null(string name) => new(name, null, null);

    /// <summary>A Java object the API cannot show: <c>{"type":"serializable","value":null}</c>.</summary>
    public static EmulatorVariable Serializable(string name) => new(name, "serializable", null);

    /// <summary>A byte array the API cannot show: <c>{"type":"binary","value":null}</c>.</summary>
    public static EmulatorVariable Binary(string name) => new(name, "binary", null);

    /// <summary>Any type name with any JSON value (copied), for cases the typed factories do not cover.</summary>
    public static EmulatorVariable Raw(string name, string? type, JsonNode? value) => new(name, type, value?.DeepClone());

    /// <inheritdoc/>
    public bool Equals(EmulatorVariable? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Type, other.Type, StringComparison.Ordinal)
        && JsonNode.DeepEquals(Value, other.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Type);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Type ?? "no type"}) = {Value?.ToJsonString() ?? "null"}";

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["name"] = Name };
        if (Type is not null)
        {
            json["type"] = Type;
        }

        json["value"] = Value?.DeepClone();
        return json;
    }
}
