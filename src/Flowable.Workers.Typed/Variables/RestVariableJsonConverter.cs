using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// Reads and writes <see cref="RestVariable"/> as <c>{"name","type","value","valueUrl"}</c>. <c>valueUrl</c> is
/// written as null (as the official clients send it) and ignored on read (the external job API never sets it).
/// </summary>
/// <remarks>Public so that source-generated serializer contexts in other assemblies can use it.</remarks>
public sealed class RestVariableJsonConverter : JsonConverter<RestVariable>
{
    /// <inheritdoc />
    public override RestVariable Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A variable must be a JSON object, not {reader.TokenType}.");
        }

        string? name = null;
        string? type = null;
        JsonElement value = default;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            // Compared as UTF-8 in place: reading the property name as a string would allocate one per property.
            var property = reader;
            reader.Read();
            if (property.ValueTextEquals("name"u8))
            {
                name = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else if (property.ValueTextEquals("type"u8))
            {
                type = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else if (property.ValueTextEquals("value"u8))
            {
                value = JsonElement.ParseValue(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new RestVariable(name ?? throw new JsonException("A variable has no \"name\"."), type, value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RestVariable variable, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("name", variable.Name);
        if (variable.Type is null)
        {
            writer.WriteNull("type");
        }
        else
        {
            writer.WriteString("type", variable.Type);
        }

        writer.WritePropertyName("value");
        if (variable.IsNull)
        {
            writer.WriteNullValue();
        }
        else
        {
            variable.Value.WriteTo(writer);
        }

        writer.WriteNull("valueUrl");
        writer.WriteEndObject();
    }
}
