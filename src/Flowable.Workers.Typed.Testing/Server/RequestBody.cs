using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing.Engine;
using Flowable.Workers.Typed.Testing.Wire;

namespace Flowable.Workers.Typed.Testing.Server;

/// <summary>
/// A request body read the way Spring and Jackson read Flowable's request classes: unknown fields ignored, scalars
/// coerced to strings and ints, and every mismatch a 400 <c>JSON parse error: …</c>.
/// </summary>
internal sealed class RequestBody
{
    private readonly JsonObject _fields;
    private readonly string _requestType;

    private RequestBody(JsonObject fields, string requestType)
    {
        _fields = fields;
        _requestType = requestType;
    }

    public static RequestBody Parse(string text, string requestType)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw FlowableRestException.BadRequest("Required request body is missing");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            throw FlowableRestException.JsonParseError(exception.Message);
        }

        return node is JsonObject fields
            ? new RequestBody(fields, requestType)
            : throw FlowableRestException.JsonParseError(
                $"Cannot deserialize value of type `{requestType}` from {Describe(node)}");
    }

    public string? String(string field) => _fields[field] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        var other => throw Mismatch(field, "java.lang.String", other),
    };

    /// <summary>A Java <c>int</c>: absent gives the default; <c>null</c> is refused (Jackson 3 fails on null for primitives).</summary>
    public int Int(string field, int defaultValue)
    {
        if (!_fields.TryGetPropertyValue(field, out var node))
        {
            return defaultValue;
        }

        return node is null
            ? throw FlowableRestException.JsonParseError(
                $"Cannot map `null` into type `int` (set DeserializationConfig.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES to 'false' to allow) (through reference chain: {_requestType}[\"{field}\"])")
            : ToInt(field, node, "int");
    }

    /// <summary>A Java <c>Integer</c>: absent or <c>null</c> gives <see langword="null"/>.</summary>
    public int? NullableInt(string field) => _fields[field] is { } node ? ToInt(field, node, "java.lang.Integer") : null;

    /// <summary>A <c>java.time.Duration</c> read from its ISO-8601 text.</summary>
    public TimeSpan? Duration(string field)
    {
        var node = _fields[field];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            throw Mismatch(field, "java.time.Duration", node);
        }

        var text = value.GetValue<string>();
        return JavaDuration.TryParse(text, out var duration)
            ? duration
            : throw FlowableRestException.JsonParseError(
                $"Cannot deserialize value of type `java.time.Duration` from String \"{text}\": Failed to deserialize java.time.Duration: (java.time.format.DateTimeParseException) Text cannot be parsed to a Duration");
    }

    /// <summary>The <c>variables</c> list: structure is checked now, content later by <see cref="VariableInput"/>.</summary>
    public IReadOnlyList<VariableInput.Submitted> Variables(string field)
    {
        var node = _fields[field];
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray items)
        {
            throw Mismatch(field, "java.util.List<EngineRestVariable>", node);
        }

        var variables = new List<VariableInput.Submitted>(items.Count);
        foreach (var item in items)
        {
            if (item is not JsonObject variable)
            {
                throw FlowableRestException.JsonParseError(
                    $"Cannot construct instance of `EngineRestVariable` from {Describe(item)} (through reference chain: {_requestType}[\"{field}\"])");
            }

            var fields = new RequestBody(variable, "EngineRestVariable");
            variables.Add(new VariableInput.Submitted(fields.String("name"), fields.String("type"), variable["value"]?.DeepClone()));
        }

        return variables;
    }

    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null value",
        JsonValueKind.Array => "Array value (token `JsonToken.START_ARRAY`)",
        JsonValueKind.Object => "Object value (token `JsonToken.START_OBJECT`)",
        JsonValueKind.String => $"String value ({node.ToJsonString()})",
        JsonValueKind.True or JsonValueKind.False => $"Boolean value ({node.ToJsonString()})",
        _ => $"Number value ({node.ToJsonString()})",
    };

    private int ToInt(string field, JsonNode node, string javaType)
    {
        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.Number when decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                                               && decimal.Truncate(number) is >= int.MinValue and <= int.MaxValue:
                    return (int)decimal.Truncate(number);
                case JsonValueKind.String when int.TryParse(value.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
                    return parsed;
            }
        }

        throw Mismatch(field, javaType, node);
    }

    private FlowableRestException Mismatch(string field, string javaType, JsonNode? node) =>
        FlowableRestException.JsonParseError(
            $"Cannot deserialize value of type `{javaType}` from {Describe(node)} (through reference chain: {_requestType}[\"{field}\"])");
}
