using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// A process or case variable as Flowable's REST API carries it: <c>{"name":…,"type":…,"value":…}</c>.
/// </summary>
/// <remarks>
/// <see cref="Value"/> is the raw JSON value; a JSON <c>null</c> or a missing value has
/// <see cref="JsonValueKind.Null"/> or <see cref="JsonValueKind.Undefined"/>. Use <see cref="VariableReader"/>
/// and <see cref="VariableWriter"/> (or <c>ExternalWorkerJob.GetVariable&lt;T&gt;</c>) for typed access.
/// </remarks>
[JsonConverter(typeof(RestVariableJsonConverter))]
public readonly record struct RestVariable
{
    /// <summary>Creates a variable from its name, Flowable type name and raw JSON value.</summary>
    public RestVariable(string name, string? type, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Type = type;
        Value = value;
    }

    /// <summary>The variable's name.</summary>
    public string Name { get; }

    /// <summary>Flowable's type name (<c>string</c>, <c>integer</c>, <c>date</c>, …; see <see cref="VariableTypes"/>); null when the server omitted it.</summary>
    public string? Type { get; }

    /// <summary>The raw JSON value.</summary>
    public JsonElement Value { get; }

    /// <summary>True when the value is JSON <c>null</c> or absent.</summary>
    public bool IsNull => Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;
}
