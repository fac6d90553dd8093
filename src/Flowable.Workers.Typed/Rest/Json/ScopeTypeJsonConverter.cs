using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Rest;

/// <summary>Writes <see cref="ScopeType"/> as Flowable's <c>scopeType</c>: <c>null</c>, <c>"bpmn"</c> or <c>"cmmn"</c>.</summary>
internal sealed class ScopeTypeJsonConverter : JsonConverter<ScopeType>
{
    public override bool HandleNull => true;

    public override ScopeType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? ScopeType.Any
            : reader.GetString() switch
            {
                "bpmn" => ScopeType.Bpmn,
                "cmmn" => ScopeType.Cmmn,
                var other => throw new JsonException($"Unknown scopeType \"{other}\"; expected null, \"bpmn\" or \"cmmn\"."),
            };

    public override void Write(Utf8JsonWriter writer, ScopeType value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case ScopeType.Any:
                writer.WriteNullValue();
                break;
            case ScopeType.Bpmn:
                writer.WriteStringValue("bpmn");
                break;
            case ScopeType.Cmmn:
                writer.WriteStringValue("cmmn");
                break;
            default:
                throw new JsonException($"Undefined {nameof(ScopeType)} value {(int)value}.");
        }
    }
}
