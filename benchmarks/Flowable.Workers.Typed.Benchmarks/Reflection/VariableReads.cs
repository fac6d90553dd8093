using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Benchmarks.Reflection;

/// <summary>Reads a variable into a boxed value of a parameter's type.</summary>
internal delegate object ReadVariable(in RestVariable variable);

/// <summary>
/// The read for a parameter type, looked up once when the binder is built: the <see cref="VariableReader"/> method of a
/// scalar, or <see cref="VariableReader.ReadJson{T}"/> with reflection-based metadata for anything else, so the
/// reflection binder follows exactly the rules (and messages) of generated code.
/// </summary>
internal static class VariableReads
{
    private static readonly Dictionary<Type, (string ExpectedType, ReadVariable Read)> Scalars = new()
    {
        [typeof(string)] = (VariableTypes.String, static (in RestVariable v) => VariableReader.ReadString(v)),
        [typeof(int)] = (VariableTypes.Integer, static (in RestVariable v) => VariableReader.ReadInt32(v)),
        [typeof(long)] = (VariableTypes.Long, static (in RestVariable v) => VariableReader.ReadInt64(v)),
        [typeof(short)] = (VariableTypes.Short, static (in RestVariable v) => VariableReader.ReadInt16(v)),
        [typeof(double)] = (VariableTypes.Double, static (in RestVariable v) => VariableReader.ReadDouble(v)),
        [typeof(float)] = (VariableTypes.Double, static (in RestVariable v) => VariableReader.ReadSingle(v)),
        [typeof(decimal)] = (VariableTypes.BigDecimal, static (in RestVariable v) => VariableReader.ReadDecimal(v)),
        [typeof(BigInteger)] = (VariableTypes.BigInteger, static (in RestVariable v) => VariableReader.ReadBigInteger(v)),
        [typeof(bool)] = (VariableTypes.Boolean, static (in RestVariable v) => VariableReader.ReadBoolean(v)),
        [typeof(DateTimeOffset)] = (VariableTypes.Date, static (in RestVariable v) => VariableReader.ReadDateTimeOffset(v)),
        [typeof(DateTime)] = (VariableTypes.Date, static (in RestVariable v) => VariableReader.ReadDateTime(v)),
        [typeof(DateOnly)] = (VariableTypes.LocalDate, static (in RestVariable v) => VariableReader.ReadDateOnly(v)),
        [typeof(Guid)] = ("string (Guid)", static (in RestVariable v) => VariableReader.ReadGuid(v)),
        [typeof(JsonElement)] = (VariableTypes.Json, static (in RestVariable v) => VariableReader.ReadJsonElement(v)),
        [typeof(JsonNode)] = (VariableTypes.Json, static (in RestVariable v) => VariableReader.ReadJsonNode(v)),
    };

    /// <summary>The read of <paramref name="type"/> (a nullable value type is read as its underlying type) and the expected-type words of its errors.</summary>
    [RequiresUnreferencedCode("Reflection-based binding.")]
    [RequiresDynamicCode("Reflection-based binding.")]
    public static (string ExpectedType, ReadVariable Read) For(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalars.TryGetValue(underlying, out var scalar))
        {
            return scalar;
        }

        if (underlying.IsEnum)
        {
            throw new NotSupportedException($"The reflection binder does not bind enum parameters ({underlying.Name}).");
        }

        var create = typeof(VariableReads).GetMethod(nameof(Json), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(underlying);
        return ($"{VariableTypes.Json} ({underlying.Name})", (ReadVariable)create.Invoke(null, null)!);
    }

    [RequiresUnreferencedCode("Reflection-based JSON.")]
    [RequiresDynamicCode("Reflection-based JSON.")]
    private static ReadVariable Json<T>()
    {
        var jsonTypeInfo = WorkerJsonTypeInfo.FromReflection<T>();
        return (in RestVariable v) => VariableReader.ReadJson(v, jsonTypeInfo)!;
    }
}
