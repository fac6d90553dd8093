using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Rest;

/// <summary>An optional ISO-8601 duration: <see langword="null"/> is JSON <c>null</c>.</summary>
internal sealed class NullableIsoDurationJsonConverter : JsonConverter<TimeSpan?>
{
    private static readonly IsoDurationJsonConverter Duration = new();

    public override bool HandleNull => true;

    public override TimeSpan? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : Duration.Read(ref reader, typeof(TimeSpan), options);

    public override void Write(Utf8JsonWriter writer, TimeSpan? value, JsonSerializerOptions options)
    {
        if (value is { } duration)
        {
            Duration.Write(writer, duration, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
