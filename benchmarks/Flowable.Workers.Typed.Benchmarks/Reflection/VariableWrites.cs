using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Benchmarks.Reflection;

/// <summary>Writes a boxed property value (null for a null value) as a variable of the given name.</summary>
internal delegate RestVariable WriteVariable(string name, object? value);

/// <summary>
/// The write for an output property type, looked up once when the binder is built: the <see cref="VariableWriter"/>
/// method generated code calls for the same type.
/// </summary>
internal static class VariableWrites
{
    private static readonly Dictionary<Type, WriteVariable> Scalars = new()
    {
        [typeof(string)] = static (name, value) => VariableWriter.String(name, (string?)value),
        [typeof(int)] = static (name, value) => VariableWriter.Int32(name, (int?)value),
        [typeof(long)] = static (name, value) => VariableWriter.Int64(name, (long?)value),
        [typeof(short)] = static (name, value) => VariableWriter.Int16(name, (short?)value),
        [typeof(double)] = static (name, value) => VariableWriter.Double(name, (double?)value),
        [typeof(float)] = static (name, value) => VariableWriter.Single(name, (float?)value),
        [typeof(decimal)] = static (name, value) => VariableWriter.Decimal(name, (decimal?)value),
        [typeof(BigInteger)] = static (name, value) => VariableWriter.BigInteger(name, (BigInteger?)value),
        [typeof(bool)] = static (name, value) => VariableWriter.Boolean(name, (bool?)value),
        [typeof(DateTimeOffset)] = static (name, value) => VariableWriter.DateTimeOffset(name, (DateTimeOffset?)value),
        [typeof(DateTime)] = static (name, value) => VariableWriter.DateTime(name, (DateTime?)value),
        [typeof(DateOnly)] = static (name, value) => VariableWriter.DateOnly(name, (DateOnly?)value),
        [typeof(Guid)] = static (name, value) => VariableWriter.Guid(name, (Guid?)value),
        [typeof(JsonElement)] = static (name, value) => VariableWriter.JsonElement(name, (JsonElement?)value),
        [typeof(JsonNode)] = static (name, value) => VariableWriter.JsonNode(name, (JsonNode?)value),
    };

    /// <summary>The write of a property of type <paramref name="type"/>.</summary>
    [RequiresUnreferencedCode("Reflection-based binding.")]
    [RequiresDynamicCode("Reflection-based binding.")]
    public static WriteVariable For(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalars.TryGetValue(underlying, out var scalar))
        {
            return scalar;
        }

        if (underlying.IsEnum)
        {
            throw new NotSupportedException($"The reflection binder does not write enum properties ({underlying.Name}).");
        }

        var create = typeof(VariableWrites).GetMethod(nameof(Json), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type);
        return (WriteVariable)create.Invoke(null, null)!;
    }

    [RequiresUnreferencedCode("Reflection-based JSON.")]
    [RequiresDynamicCode("Reflection-based JSON.")]
    private static WriteVariable Json<T>()
    {
        var jsonTypeInfo = WorkerJsonTypeInfo.FromReflection<T>();
        return (name, value) => VariableWriter.Json(name, (T)value!, jsonTypeInfo);
    }
}
