using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed;

/// <summary>
/// Collects variables fluently with the Flowable type of each C# type (see <see cref="VariableWriter"/>). Setting a
/// name again replaces its value. The base of <see cref="VariableList"/> and of the builder's results.
/// </summary>
/// <typeparam name="TSelf">The deriving type, returned by every call so the chain keeps its type.</typeparam>
public abstract class VariableBuilder<TSelf>
    where TSelf : VariableBuilder<TSelf>
{
    private readonly List<RestVariable> _variables = [];

    private protected VariableBuilder()
    {
    }

    /// <summary>The variables collected so far, in the order they were first set.</summary>
    public IReadOnlyList<RestVariable> Variables => _variables;

    /// <summary>Sets a variable made elsewhere, e.g. by <see cref="VariableWriter"/> or taken from the job.</summary>
    public TSelf Variable(RestVariable variable)
    {
        ArgumentException.ThrowIfNullOrEmpty(variable.Name, nameof(variable));
        var index = _variables.FindIndex(existing => string.Equals(existing.Name, variable.Name, StringComparison.Ordinal));
        if (index < 0)
        {
            _variables.Add(variable);
        }
        else
        {
            _variables[index] = variable;
        }

        return (TSelf)this;
    }

    /// <summary>Sets a <c>string</c> variable.</summary>
    public TSelf Variable(string name, string? value) => Variable(VariableWriter.String(name, value));

    /// <summary>Sets an <c>integer</c> variable.</summary>
    public TSelf Variable(string name, int value) => Variable(VariableWriter.Int32(name, value));

    /// <summary>Sets an <c>integer</c> variable, or a null one.</summary>
    public TSelf Variable(string name, int? value) => Variable(VariableWriter.Int32(name, value));

    /// <summary>Sets a <c>long</c> variable.</summary>
    public TSelf Variable(string name, long value) => Variable(VariableWriter.Int64(name, value));

    /// <summary>Sets a <c>long</c> variable, or a null one.</summary>
    public TSelf Variable(string name, long? value) => Variable(VariableWriter.Int64(name, value));

    /// <summary>Sets a <c>short</c> variable.</summary>
    public TSelf Variable(string name, short value) => Variable(VariableWriter.Int16(name, value));

    /// <summary>Sets a <c>short</c> variable, or a null one.</summary>
    public TSelf Variable(string name, short? value) => Variable(VariableWriter.Int16(name, value));

    /// <summary>Sets a <c>double</c> variable.</summary>
    public TSelf Variable(string name, double value) => Variable(VariableWriter.Double(name, value));

    /// <summary>Sets a <c>double</c> variable, or a null one.</summary>
    public TSelf Variable(string name, double? value) => Variable(VariableWriter.Double(name, value));

    /// <summary>Sets a <c>double</c> variable from a <see cref="float"/>.</summary>
    public TSelf Variable(string name, float value) => Variable(VariableWriter.Single(name, value));

    /// <summary>Sets a <c>double</c> variable from a <see cref="float"/>, or a null one.</summary>
    public TSelf Variable(string name, float? value) => Variable(VariableWriter.Single(name, value));

    /// <summary>Sets a <c>bigDecimal</c> variable.</summary>
    public TSelf Variable(string name, decimal value) => Variable(VariableWriter.Decimal(name, value));

    /// <summary>Sets a <c>bigDecimal</c> variable, or a null one.</summary>
    public TSelf Variable(string name, decimal? value) => Variable(VariableWriter.Decimal(name, value));

    /// <summary>Sets a <c>bigInteger</c> variable.</summary>
    public TSelf Variable(string name, BigInteger value) => Variable(VariableWriter.BigInteger(name, value));

    /// <summary>Sets a <c>bigInteger</c> variable, or a null one.</summary>
    public TSelf Variable(string name, BigInteger? value) => Variable(VariableWriter.BigInteger(name, value));

    /// <summary>Sets a <c>boolean</c> variable.</summary>
    public TSelf Variable(string name, bool value) => Variable(VariableWriter.Boolean(name, value));

    /// <summary>Sets a <c>boolean</c> variable, or a null one.</summary>
    public TSelf Variable(string name, bool? value) => Variable(VariableWriter.Boolean(name, value));

    /// <summary>Sets a <c>date</c> variable.</summary>
    public TSelf Variable(string name, DateTimeOffset value) => Variable(VariableWriter.DateTimeOffset(name, value));

    /// <summary>Sets a <c>date</c> variable, or a null one.</summary>
    public TSelf Variable(string name, DateTimeOffset? value) => Variable(VariableWriter.DateTimeOffset(name, value));

    /// <summary>Sets a <c>date</c> variable in UTC (a local time is converted), or a <c>localDateTime</c> one for a wall clock (Kind Unspecified).</summary>
    public TSelf Variable(string name, DateTime value) => Variable(VariableWriter.DateTime(name, value));

    /// <summary>Sets a <c>date</c> variable in UTC, a <c>localDateTime</c> one for a wall clock (Kind Unspecified), or a null <c>date</c>.</summary>
    public TSelf Variable(string name, DateTime? value) => Variable(VariableWriter.DateTime(name, value));

    /// <summary>Sets a <c>localDate</c> variable.</summary>
    public TSelf Variable(string name, DateOnly value) => Variable(VariableWriter.DateOnly(name, value));

    /// <summary>Sets a <c>localDate</c> variable, or a null one.</summary>
    public TSelf Variable(string name, DateOnly? value) => Variable(VariableWriter.DateOnly(name, value));

    /// <summary>Sets a <c>string</c> variable holding a GUID.</summary>
    public TSelf Variable(string name, Guid value) => Variable(VariableWriter.Guid(name, value));

    /// <summary>Sets a <c>string</c> variable holding a GUID, or a null one.</summary>
    public TSelf Variable(string name, Guid? value) => Variable(VariableWriter.Guid(name, value));

    /// <summary>Sets a <c>json</c> variable.</summary>
    public TSelf Variable(string name, JsonElement value) => Variable(VariableWriter.JsonElement(name, value));

    /// <summary>Sets a <c>json</c> variable, or a null one.</summary>
    public TSelf Variable(string name, JsonElement? value) => Variable(VariableWriter.JsonElement(name, value));

    /// <summary>Sets a <c>json</c> variable.</summary>
    public TSelf Variable(string name, JsonNode? value) => Variable(VariableWriter.JsonNode(name, value));

    /// <summary>Sets a <c>string</c> variable holding the enum member's name.</summary>
    public TSelf Variable<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum =>
        Variable(VariableWriter.Enum(name, value));

    /// <summary>Sets a <c>string</c> variable holding the enum member's name, or a null one.</summary>
    public TSelf Variable<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum =>
        Variable(VariableWriter.Enum(name, value));

    /// <summary>Sets a <c>json</c> variable holding <paramref name="value"/> serialized with source-generated metadata.</summary>
    public TSelf JsonVariable<T>(string name, T value, JsonTypeInfo<T> jsonTypeInfo) =>
        Variable(VariableWriter.Json(name, value, jsonTypeInfo));
}
