using System.Text.Json;
using System.Text.Json.Serialization;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Rest;

/// <summary>
/// Reads and writes <see cref="ExternalWorkerJob"/> field by field. The source-generated metadata of a type with
/// <c>required</c>/<c>init</c> members goes through System.Text.Json's parameterized-constructor path, which boxes
/// every argument into an array and buffers the properties: about 1.3 KB and a third of the parsing time per job of an
/// acquire answer (docs/benchmarks-throughput.md). The names are those of the job's <c>[JsonPropertyName]</c>
/// attributes; a test reads every one of them through both ways and compares.
/// </summary>
internal sealed class ExternalWorkerJobJsonConverter : JsonConverter<ExternalWorkerJob>
{
    private static readonly FlowableDateJsonConverter Dates = new();
    private static readonly RestVariableJsonConverter Variable = new();

    public override ExternalWorkerJob Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A job must be a JSON object, not {reader.TokenType}.");
        }

        string? id = null, url = null, correlationId = null, processInstanceId = null, processDefinitionId = null;
        string? executionId = null, scopeId = null, subScopeId = null, scopeDefinitionId = null, scopeType = null;
        string? elementId = null, elementName = null, exceptionMessage = null, tenantId = null, lockOwner = null;
        DateTimeOffset? dueDate = null, createTime = null, lockExpirationTime = null;
        var retries = 0;
        IReadOnlyList<RestVariable> variables = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader;
            reader.Read();
            if (name.ValueTextEquals("id"u8)) id = String(ref reader);
            else if (name.ValueTextEquals("url"u8)) url = String(ref reader);
            else if (name.ValueTextEquals("correlationId"u8)) correlationId = String(ref reader);
            else if (name.ValueTextEquals("processInstanceId"u8)) processInstanceId = String(ref reader);
            else if (name.ValueTextEquals("processDefinitionId"u8)) processDefinitionId = String(ref reader);
            else if (name.ValueTextEquals("executionId"u8)) executionId = String(ref reader);
            else if (name.ValueTextEquals("scopeId"u8)) scopeId = String(ref reader);
            else if (name.ValueTextEquals("subScopeId"u8)) subScopeId = String(ref reader);
            else if (name.ValueTextEquals("scopeDefinitionId"u8)) scopeDefinitionId = String(ref reader);
            else if (name.ValueTextEquals("scopeType"u8)) scopeType = String(ref reader);
            else if (name.ValueTextEquals("elementId"u8)) elementId = String(ref reader);
            else if (name.ValueTextEquals("elementName"u8)) elementName = String(ref reader);
            else if (name.ValueTextEquals("retries"u8)) retries = reader.GetInt32();
            else if (name.ValueTextEquals("exceptionMessage"u8)) exceptionMessage = String(ref reader);
            else if (name.ValueTextEquals("dueDate"u8)) dueDate = Dates.Read(ref reader, typeof(DateTimeOffset?), options);
            else if (name.ValueTextEquals("createTime"u8)) createTime = Dates.Read(ref reader, typeof(DateTimeOffset?), options);
            else if (name.ValueTextEquals("tenantId"u8)) tenantId = String(ref reader);
            else if (name.ValueTextEquals("lockOwner"u8)) lockOwner = String(ref reader);
            else if (name.ValueTextEquals("lockExpirationTime"u8)) lockExpirationTime = Dates.Read(ref reader, typeof(DateTimeOffset?), options);
            else if (name.ValueTextEquals("variables"u8)) variables = Variables(ref reader, options) ?? variables;
            else reader.Skip();
        }

        return new ExternalWorkerJob
        {
            Id = id ?? throw new JsonException("A job has no \"id\"."),
            Url = url,
            CorrelationId = correlationId,
            ProcessInstanceId = processInstanceId,
            ProcessDefinitionId = processDefinitionId,
            ExecutionId = executionId,
            ScopeId = scopeId,
            SubScopeId = subScopeId,
            ScopeDefinitionId = scopeDefinitionId,
            ScopeType = scopeType,
            ElementId = elementId,
            ElementName = elementName,
            Retries = retries,
            ExceptionMessage = exceptionMessage,
            DueDate = dueDate,
            CreateTime = createTime,
            TenantId = tenantId,
            LockOwner = lockOwner,
            LockExpirationTime = lockExpirationTime,
            Variables = variables,
        };
    }

    public override void Write(Utf8JsonWriter writer, ExternalWorkerJob value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id"u8, value.Id);
        writer.WriteString("url"u8, value.Url);
        writer.WriteString("correlationId"u8, value.CorrelationId);
        writer.WriteString("processInstanceId"u8, value.ProcessInstanceId);
        writer.WriteString("processDefinitionId"u8, value.ProcessDefinitionId);
        writer.WriteString("executionId"u8, value.ExecutionId);
        writer.WriteString("scopeId"u8, value.ScopeId);
        writer.WriteString("subScopeId"u8, value.SubScopeId);
        writer.WriteString("scopeDefinitionId"u8, value.ScopeDefinitionId);
        writer.WriteString("scopeType"u8, value.ScopeType);
        writer.WriteString("elementId"u8, value.ElementId);
        writer.WriteString("elementName"u8, value.ElementName);
        writer.WriteNumber("retries"u8, value.Retries);
        writer.WriteString("exceptionMessage"u8, value.ExceptionMessage);
        writer.WritePropertyName("dueDate"u8);
        Dates.Write(writer, value.DueDate, options);
        writer.WritePropertyName("createTime"u8);
        Dates.Write(writer, value.CreateTime, options);
        writer.WriteString("tenantId"u8, value.TenantId);
        writer.WriteString("lockOwner"u8, value.LockOwner);
        writer.WritePropertyName("lockExpirationTime"u8);
        Dates.Write(writer, value.LockExpirationTime, options);
        writer.WriteStartArray("variables"u8);
        foreach (var variable in value.Variables)
        {
            Variable.Write(writer, variable, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException($"Expected a JSON string or null, not {reader.TokenType}."),
    };

    private static List<RestVariable>? Variables(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"A job's \"variables\" must be a JSON array, not {reader.TokenType}.");
        }

        var variables = new List<RestVariable>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            variables.Add(Variable.Read(ref reader, typeof(RestVariable), options));
        }

        return variables;
    }
}
