using System.ComponentModel;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// Writes a handler's output variables, by the rules of <see cref="VariableWriter"/>, into one JSON buffer that is
/// parsed once into one document when <see cref="Complete"/> makes the result: generated workers call it instead of
/// creating a writer, a buffer and a document per variable.
/// </summary>
/// <remarks>
/// A <see langword="ref"/> struct: create one, write every variable, call <see cref="Complete"/> once. The buffer is
/// the thread's pooled one, taken until <see cref="Complete"/> (a write that throws leaves it to the collector).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct VariableListWriter
{
    // The variables are written as the items of one array, one level deeper than a variable alone.
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 65 };

    private readonly RestVariable[] variables;
    private readonly PooledJsonWriter pooled;
    private int count;

    /// <summary>Starts a list of exactly <paramref name="count"/> variables.</summary>
    /// <param name="count">How many variables will be written.</param>
    public VariableListWriter(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        variables = new RestVariable[count];
        pooled = PooledJsonWriter.Rent();
        pooled.Writer.WriteStartArray();
    }

    /// <summary>A <c>string</c> variable, or a null one.</summary>
    public void String(string name, string? value)
    {
        if (Add(name, BindingTable.String.WrittenType, value is null))
        {
            Writer.WriteStringValue(value);
        }
    }

    /// <summary>An <c>integer</c> variable.</summary>
    public void Int32(string name, int value) => Int32(name, (int?)value);

    /// <summary>An <c>integer</c> variable, or a null one.</summary>
    public void Int32(string name, int? value)
    {
        if (Add(name, BindingTable.Int32.WrittenType, value is null))
        {
            Writer.WriteNumberValue(value!.Value);
        }
    }

    /// <summary>A <c>long</c> variable.</summary>
    public void Int64(string name, long value) => Int64(name, (long?)value);

    /// <summary>A <c>long</c> variable, or a null one.</summary>
    public void Int64(string name, long? value)
    {
        if (Add(name, BindingTable.Int64.WrittenType, value is null))
        {
            Writer.WriteNumberValue(value!.Value);
        }
    }

    /// <summary>A <c>short</c> variable.</summary>
    public void Int16(string name, short value) => Int16(name, (short?)value);

    /// <summary>A <c>short</c> variable, or a null one.</summary>
    public void Int16(string name, short? value)
    {
        if (Add(name, BindingTable.Int16.WrittenType, value is null))
        {
            Writer.WriteNumberValue(value!.Value);
        }
    }

    /// <summary>A <c>double</c> variable; NaN and infinities are rejected.</summary>
    public void Double(string name, double value) => Double(name, (double?)value);

    /// <summary>A <c>double</c> variable, or a null one.</summary>
    public void Double(string name, double? value)
    {
        if (value is { } number)
        {
            VariableWriter.EnsureFinite(name, double.IsFinite(number), number);
        }

        if (Add(name, BindingTable.Double.WrittenType, value is null))
        {
            Writer.WriteNumberValue(value!.Value);
        }
    }

    /// <summary>A <c>double</c> variable holding the shortest decimal form of a <see cref="float"/>.</summary>
    public void Single(string name, float value) => Single(name, (float?)value);

    /// <summary>A <c>double</c> variable from a <see cref="float"/>, or a null one.</summary>
    public void Single(string name, float? value)
    {
        if (value is { } number)
        {
            VariableWriter.EnsureFinite(name, float.IsFinite(number), number);
        }

        if (Add(name, BindingTable.Single.WrittenType, value is null))
        {
            Writer.WriteNumberValue(value!.Value);
        }
    }

    /// <summary>A <c>bigDecimal</c> variable (a JSON string, scale kept).</summary>
    public void Decimal(string name, decimal value) => Decimal(name, (decimal?)value);

    /// <summary>A <c>bigDecimal</c> variable, or a null one.</summary>
    public void Decimal(string name, decimal? value)
    {
        if (Add(name, BindingTable.Decimal.WrittenType, value is null))
        {
            JsonValueWriter.WriteDecimal(Writer, value!.Value);
        }
    }

    /// <summary>A <c>bigInteger</c> variable (a JSON string).</summary>
    public void BigInteger(string name, BigInteger value) => BigInteger(name, (BigInteger?)value);

    /// <summary>A <c>bigInteger</c> variable, or a null one.</summary>
    public void BigInteger(string name, BigInteger? value)
    {
        if (Add(name, BindingTable.BigInteger.WrittenType, value is null))
        {
            JsonValueWriter.WriteBigInteger(Writer, value!.Value);
        }
    }

    /// <summary>A <c>boolean</c> variable.</summary>
    public void Boolean(string name, bool value) => Boolean(name, (bool?)value);

    /// <summary>A <c>boolean</c> variable, or a null one.</summary>
    public void Boolean(string name, bool? value)
    {
        if (Add(name, BindingTable.Boolean.WrittenType, value is null))
        {
            Writer.WriteBooleanValue(value!.Value);
        }
    }

    /// <summary>A <c>date</c> variable, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC.</summary>
    public void DateTimeOffset(string name, DateTimeOffset value) => DateTimeOffset(name, (DateTimeOffset?)value);

    /// <summary>A <c>date</c> variable, or a null one.</summary>
    public void DateTimeOffset(string name, DateTimeOffset? value)
    {
        if (Add(name, BindingTable.DateTimeOffset.WrittenType, value is null))
        {
            JsonValueWriter.WriteDate(Writer, value!.Value);
        }
    }

    /// <summary>A <c>date</c> variable: a local time is converted to UTC, an unspecified one taken as UTC.</summary>
    public void DateTime(string name, DateTime value) => DateTime(name, (DateTime?)value);

    /// <summary>A <c>date</c> variable, or a null one.</summary>
    public void DateTime(string name, DateTime? value)
    {
        if (Add(name, BindingTable.DateTime.WrittenType, value is null))
        {
            JsonValueWriter.WriteDate(Writer, FlowableDateFormat.ToUtc(value!.Value));
        }
    }

    /// <summary>A <c>localDate</c> variable, <c>yyyy-MM-dd</c>.</summary>
    public void DateOnly(string name, DateOnly value) => DateOnly(name, (DateOnly?)value);

    /// <summary>A <c>localDate</c> variable, or a null one.</summary>
    public void DateOnly(string name, DateOnly? value)
    {
        if (Add(name, BindingTable.DateOnly.WrittenType, value is null))
        {
            JsonValueWriter.WriteLocalDate(Writer, value!.Value);
        }
    }

    /// <summary>A <c>string</c> variable holding a GUID.</summary>
    public void Guid(string name, Guid value) => Guid(name, (Guid?)value);

    /// <summary>A <c>string</c> variable holding a GUID, or a null one.</summary>
    public void Guid(string name, Guid? value)
    {
        if (Add(name, BindingTable.Guid.WrittenType, value is null))
        {
            JsonValueWriter.WriteGuid(Writer, value!.Value);
        }
    }

    /// <summary>A <c>json</c> variable holding the element; an undefined or null element gives a null variable.</summary>
    public void JsonElement(string name, JsonElement value) => JsonElement(name, (JsonElement?)value);

    /// <summary>A <c>json</c> variable, or a null one.</summary>
    public void JsonElement(string name, JsonElement? value)
    {
        if (Add(name, BindingTable.JsonElement.WrittenType, value is null or { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null }))
        {
            value!.Value.WriteTo(Writer);
        }
    }

    /// <summary>A <c>json</c> variable holding the node's JSON, or a null one.</summary>
    public void JsonNode(string name, JsonNode? value)
    {
        if (Add(name, BindingTable.JsonNode.WrittenType, value is null))
        {
            value!.WriteTo(Writer);
        }
    }

    /// <summary>A <c>string</c> variable holding the member name; a value the enum does not name is rejected.</summary>
    public void Enum<TEnum>(string name, TEnum value)
        where TEnum : struct, System.Enum => Enum(name, (TEnum?)value);

    /// <summary>A <c>string</c> variable holding an enum member name, or a null one.</summary>
    public void Enum<TEnum>(string name, TEnum? value)
        where TEnum : struct, System.Enum
    {
        var text = value is { } member ? VariableWriter.EnumName(name, member) : null;
        if (Add(name, BindingTable.Enum.WrittenType, text is null))
        {
            Writer.WriteStringValue(text);
        }
    }

    /// <summary>A <c>json</c> variable serialized with <paramref name="jsonTypeInfo"/>, or a null one.</summary>
    public void Json<T>(string name, T value, JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        if (Add(name, BindingTable.Json.WrittenType, value is null))
        {
            System.Text.Json.JsonSerializer.Serialize(Writer, value, jsonTypeInfo);
        }
    }

    /// <summary>Completes the job with the variables written, parsed from the buffer in one document.</summary>
    /// <returns>A <see cref="WorkerResultKind.Complete"/> result holding every variable written.</returns>
    /// <exception cref="InvalidOperationException">Fewer or more variables were written than announced.</exception>
    public readonly WorkerResult Complete()
    {
        if (count != variables.Length)
        {
            throw new InvalidOperationException($"{variables.Length} variables were announced but {count} were written.");
        }

        Writer.WriteEndArray();
        var values = JsonElementCompat.Parse(pooled.WrittenSpan, ParseOptions);
        PooledJsonWriter.Return(pooled);
        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            var variable = variables[index];
            variables[index++] = new RestVariable(variable.Name, variable.Type, value);
        }

        return WorkerResult.CompleteTaking(variables);
    }

    private readonly Utf8JsonWriter Writer => pooled.Writer;

    /// <summary>Records the next variable's name and type, writing JSON null for a null value.</summary>
    /// <returns>True when the caller writes the (non-null) value.</returns>
    private bool Add(string name, string type, bool isNull)
    {
        VariableWriter.ValidName(name);
        if (count == variables.Length)
        {
            throw new InvalidOperationException($"Only {variables.Length} variables were announced.");
        }

        variables[count++] = new RestVariable(name, type, default);
        if (isNull)
        {
            Writer.WriteNullValue();
            return false;
        }

        return true;
    }
}
