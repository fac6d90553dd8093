using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Benchmarks.Reflection;

/// <summary>One property of the handler's return type and the variable it becomes, worked out once.</summary>
internal sealed class OutputBinding
{
    private readonly PropertyInfo property;
    private readonly string variableName;
    private readonly WriteVariable write;

    private OutputBinding(PropertyInfo property, string variableName, WriteVariable write)
    {
        this.property = property;
        this.variableName = variableName;
        this.write = write;
    }

    /// <summary>The public readable instance properties of <paramref name="outputType"/>, in declaration order.</summary>
    [RequiresUnreferencedCode("Reflection-based binding.")]
    [RequiresDynamicCode("Reflection-based binding.")]
    public static OutputBinding[] For(Type outputType) =>
        [.. outputType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetIndexParameters().Length == 0)
            .Select(property => new OutputBinding(
                property,
                property.GetCustomAttribute<VariableAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name),
                VariableWrites.For(property.PropertyType)))];

    /// <summary>Reads the property of <paramref name="output"/> and writes it as its variable.</summary>
    public RestVariable Write(object output) => write(variableName, property.GetValue(output));
}
