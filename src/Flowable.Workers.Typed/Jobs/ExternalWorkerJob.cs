using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed;

/// <summary>
/// An external worker job as Flowable's external job REST API returns it: acquired (with its variables) or read
/// back through <c>GET /jobs</c>.
/// </summary>
/// <remarks>
/// A BPMN job has <see cref="ProcessInstanceId"/>, <see cref="ProcessDefinitionId"/> and <see cref="ExecutionId"/>;
/// a CMMN job has <see cref="ScopeId"/>, <see cref="SubScopeId"/>, <see cref="ScopeDefinitionId"/> and
/// <see cref="ScopeType"/> <c>"cmmn"</c>. Dates are read in every form Flowable servers send.
/// </remarks>
[JsonConverter(typeof(Rest.ExternalWorkerJobJsonConverter))]
public sealed partial class ExternalWorkerJob
{
    private const int LinearLookupLimit = 8;

    private IReadOnlyList<RestVariable> _variables = [];
    private Dictionary<string, RestVariable>? _variablesByName;

    /// <summary>The job id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The job's REST URL, <c>&lt;base&gt;/jobs/&lt;id&gt;</c>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>An id that stays the same when the job moves (to the dead letter jobs and back).</summary>
    [JsonPropertyName("correlationId")]
    public string? CorrelationId { get; init; }

    /// <summary>The process instance of a BPMN job; null for a CMMN job.</summary>
    [JsonPropertyName("processInstanceId")]
    public string? ProcessInstanceId { get; init; }

    /// <summary>The process definition of a BPMN job; null for a CMMN job.</summary>
    [JsonPropertyName("processDefinitionId")]
    public string? ProcessDefinitionId { get; init; }

    /// <summary>The execution of a BPMN job; null for a CMMN job.</summary>
    [JsonPropertyName("executionId")]
    public string? ExecutionId { get; init; }

    /// <summary>The case instance of a CMMN job; null for a BPMN job.</summary>
    [JsonPropertyName("scopeId")]
    public string? ScopeId { get; init; }

    /// <summary>The plan item instance of a CMMN job; null for a BPMN job.</summary>
    [JsonPropertyName("subScopeId")]
    public string? SubScopeId { get; init; }

    /// <summary>The case definition of a CMMN job; null for a BPMN job.</summary>
    [JsonPropertyName("scopeDefinitionId")]
    public string? ScopeDefinitionId { get; init; }

    /// <summary><c>"cmmn"</c> for a CMMN job; null for a BPMN job.</summary>
    [JsonPropertyName("scopeType")]
    public string? ScopeType { get; init; }

    /// <summary>The id of the activity or plan item definition in the model.</summary>
    [JsonPropertyName("elementId")]
    public string? ElementId { get; init; }

    /// <summary>The name of the activity or plan item definition in the model.</summary>
    [JsonPropertyName("elementName")]
    public string? ElementName { get; init; }

    /// <summary>The retries left; each failure without explicit retries takes one.</summary>
    [JsonPropertyName("retries")]
    public int Retries { get; init; }

    /// <summary>The message of the last failure, if any.</summary>
    [JsonPropertyName("exceptionMessage")]
    public string? ExceptionMessage { get; init; }

    /// <summary>When the job is due; null in practice for external worker jobs.</summary>
    [JsonPropertyName("dueDate")]
    [JsonConverter(typeof(FlowableDateJsonConverter))]
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>When the job was created.</summary>
    [JsonPropertyName("createTime")]
    [JsonConverter(typeof(FlowableDateJsonConverter))]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>The tenant; <c>""</c> when there is none.</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; init; }

    /// <summary>The worker holding the lock; null when the job is not locked.</summary>
    [JsonPropertyName("lockOwner")]
    public string? LockOwner { get; init; }

    /// <summary>When the lock expires (also set, with no owner, while a failed job waits out its retry timeout).</summary>
    [JsonPropertyName("lockExpirationTime")]
    [JsonConverter(typeof(FlowableDateJsonConverter))]
    public DateTimeOffset? LockExpirationTime { get; init; }

    /// <summary>The variables sent with an acquired job; empty when there are none or the job was not acquired.</summary>
    [JsonPropertyName("variables")]
    public IReadOnlyList<RestVariable> Variables
    {
        get => _variables;
        init
        {
            _variables = value ?? [];
            _variablesByName = null;
        }
    }

    /// <summary>True for a job of a BPMN process instance.</summary>
    [JsonIgnore]
    public bool IsBpmn => ProcessInstanceId is not null;

    /// <summary>True for a job of a CMMN case instance.</summary>
    [JsonIgnore]
    public bool IsCmmn => string.Equals(ScopeType, "cmmn", StringComparison.Ordinal);

    /// <summary>Finds a variable by its exact (ordinal) name.</summary>
    /// <returns><see langword="true"/> when the job carries a variable of that name, whatever its value.</returns>
    public bool TryGetVariable(string name, out RestVariable variable)
    {
        ArgumentNullException.ThrowIfNull(name);
        var variables = _variables;
        if (variables.Count <= LinearLookupLimit)
        {
            foreach (var candidate in variables)
            {
                if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
                {
                    variable = candidate;
                    return true;
                }
            }

            variable = default;
            return false;
        }

        return (_variablesByName ??= IndexByName(variables)).TryGetValue(name, out variable);
    }

    /// <summary>
    /// Reads a variable as <typeparamref name="T"/>: <see cref="string"/>, <see cref="int"/>, <see cref="long"/>,
    /// <see cref="short"/>, <see cref="double"/>, <see cref="float"/>, <see cref="decimal"/>,
    /// <see cref="System.Numerics.BigInteger"/>, <see cref="bool"/>, <see cref="DateTimeOffset"/>,
    /// <see cref="DateTime"/>, <see cref="DateOnly"/>, <see cref="Guid"/>, <see cref="System.Text.Json.JsonElement"/>,
    /// <see cref="System.Text.Json.Nodes.JsonNode"/>, an enum, or a <see cref="Nullable{T}"/> of one of them, by the
    /// rules of <see cref="VariableReader"/>. Other types need the overload with <see cref="JsonTypeInfo{T}"/>.
    /// </summary>
    /// <returns>The value; null for a <see cref="Nullable{T}"/> when the variable is missing or null.</returns>
    /// <exception cref="VariableConversionException">The variable is missing, null, of the wrong kind or out of range.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the types above.</exception>
    public T GetVariable<T>(string name)
    {
        var read = ReaderFor<T>();
        var found = TryGetVariable(name, out var variable);
        if (!found || variable.IsNull)
        {
            return TypedVariableReader<T>.AcceptsNull
                ? default!
                : throw MissingOrNull(name, found, TypedVariableReader<T>.ExpectedType);
        }

        return read(variable);
    }

    /// <summary>Reads a <c>json</c> variable into <typeparamref name="T"/> with source-generated metadata.</summary>
    /// <exception cref="VariableConversionException">The variable is missing, null, or does not fit <typeparamref name="T"/>.</exception>
    public T GetVariable<T>(string name, JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        var found = TryGetVariable(name, out var variable);
        if (!found || variable.IsNull)
        {
            throw MissingOrNull(name, found, $"{VariableTypes.Json} ({jsonTypeInfo.Type.Name})");
        }

        return VariableReader.ReadJson(variable, jsonTypeInfo);
    }

    /// <summary>
    /// Reads a variable as <typeparamref name="T"/> (the types of <see cref="GetVariable{T}(string)"/>) when it is
    /// present and not null.
    /// </summary>
    /// <returns><see langword="false"/> when the variable is missing or null.</returns>
    /// <exception cref="VariableConversionException">
    /// The variable is present but of the wrong kind or out of range: that is a mistake to report, not an absence.
    /// </exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> needs the overload with <see cref="JsonTypeInfo{T}"/>.</exception>
    public bool TryGetVariable<T>(string name, [MaybeNullWhen(false)] out T value)
    {
        var read = ReaderFor<T>();
        if (TryGetVariable(name, out var variable) && !variable.IsNull)
        {
            value = read(variable);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads a <c>json</c> variable into <typeparamref name="T"/> when it is present and not null.</summary>
    /// <returns><see langword="false"/> when the variable is missing or null.</returns>
    /// <exception cref="VariableConversionException">The variable is present but does not fit <typeparamref name="T"/>.</exception>
    public bool TryGetVariable<T>(string name, JsonTypeInfo<T> jsonTypeInfo, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        if (TryGetVariable(name, out var variable) && !variable.IsNull)
        {
            value = VariableReader.ReadJson(variable, jsonTypeInfo);
            return true;
        }

        value = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"ExternalWorkerJob {Id} ({ElementId}, {Variables.Count} variables)";

    private static VariableRead<T> ReaderFor<T>() =>
        TypedVariableReader<T>.Read ?? throw new NotSupportedException(
            $"{typeof(T).Name} is read from a json variable: call GetVariable or TryGetVariable with its JsonTypeInfo<{typeof(T).Name}> " +
            "from a JsonSerializerContext.");

    private static VariableConversionException MissingOrNull(string name, bool found, string expectedType) =>
        found
            ? VariableConversionException.Null(name, expectedType)
            : VariableConversionException.Missing(name, expectedType);

    private static Dictionary<string, RestVariable> IndexByName(IReadOnlyList<RestVariable> variables)
    {
        var byName = new Dictionary<string, RestVariable>(variables.Count, StringComparer.Ordinal);
        foreach (var variable in variables)
        {
            byName.TryAdd(variable.Name, variable);
        }

        return byName;
    }
}
