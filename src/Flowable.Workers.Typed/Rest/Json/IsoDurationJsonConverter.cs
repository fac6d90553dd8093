using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace Flowable.Workers.Typed.Rest;

/// <summary>Writes a <see cref="TimeSpan"/> as the ISO-8601 duration Flowable's <c>java.time.Duration</c> reads (<c>PT1M</c>).</summary>
internal sealed class IsoDurationJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? XmlConvert.ToTimeSpan(reader.GetString()!)
            : throw new JsonException($"An ISO-8601 duration must be a JSON string, not {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(XmlConvert.ToString(value));
}
