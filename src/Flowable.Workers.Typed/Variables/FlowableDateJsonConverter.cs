using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// Reads the job dates (<c>createTime</c>, <c>dueDate</c>, <c>lockExpirationTime</c>) in every form Flowable servers
/// send (see <see cref="FlowableDateFormat.TryParseDate(ReadOnlySpan{char}, out DateTimeOffset)"/>) and writes them
/// as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>; JSON <c>null</c> is <see langword="null"/>.
/// </summary>
public sealed class FlowableDateJsonConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A Flowable date must be a JSON string or null, not {reader.TokenType}.");
        }

        var parsed = reader.ValueIsEscaped || reader.HasValueSequence
            ? FlowableDateFormat.TryParseDate(reader.GetString().AsSpan(), out var value)
            : FlowableDateFormat.TryParseDate(reader.ValueSpan, out value);
        return parsed
            ? value
            : throw new JsonException($"\"{reader.GetString()}\" is not an ISO-8601 date such as 2023-08-08T17:01:27.897Z.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } date)
        {
            writer.WriteStringValue(FlowableDateFormat.FormatDate(date));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
