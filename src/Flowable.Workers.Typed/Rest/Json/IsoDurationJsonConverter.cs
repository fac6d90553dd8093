using System.Text.Json;
using System.Text.Json.Serialization;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Rest;

/// <summary>Writes a <see cref="TimeSpan"/> as the ISO-8601 duration Flowable's <c>java.time.Duration</c> reads (<c>PT1M</c>).</summary>
internal sealed class IsoDurationJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"An ISO-8601 duration must be a JSON string, not {reader.TokenType}.");
        }

        var text = reader.GetString();
        return IsoDuration.TryParse(text, out var duration)
            ? duration
            : throw new JsonException($"\"{text}\" is not an ISO-8601 duration such as PT10M.");
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(IsoDuration.Format(value));
}
