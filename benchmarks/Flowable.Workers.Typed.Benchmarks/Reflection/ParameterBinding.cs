using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Benchmarks.Reflection;

/// <summary>How one handler parameter gets its argument, worked out once from its <see cref="ParameterInfo"/>.</summary>
internal sealed class ParameterBinding
{
    private static readonly NullabilityInfoContext Nullability = new();

    private readonly ParameterSource source;
    private readonly string variableName;
    private readonly string expectedType;
    private readonly ReadVariable? read;
    private readonly bool isOptional;
    private readonly object? fallback;

    private ParameterBinding(ParameterSource source, string variableName, string expectedType, ReadVariable? read, bool isOptional, object? fallback)
    {
        this.source = source;
        this.variableName = variableName;
        this.expectedType = expectedType;
        this.read = read;
        this.isOptional = isOptional;
        this.fallback = fallback;
    }

    private enum ParameterSource
    {
        Variable,
        Job,
        CancellationToken,
    }

    [RequiresUnreferencedCode("Reflection-based binding.")]
    [RequiresDynamicCode("Reflection-based binding.")]
    public static ParameterBinding For(ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(ExternalWorkerJob))
        {
            return new ParameterBinding(ParameterSource.Job, string.Empty, string.Empty, null, false, null);
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return new ParameterBinding(ParameterSource.CancellationToken, string.Empty, string.Empty, null, false, null);
        }

        var name = parameter.GetCustomAttribute<VariableAttribute>()?.Name ?? parameter.Name!;
        var (expectedType, read) = VariableReads.For(parameter.ParameterType);
        var isNullable = parameter.ParameterType.IsValueType
            ? Nullable.GetUnderlyingType(parameter.ParameterType) is not null
            : Nullability.Create(parameter).ReadState == NullabilityState.Nullable;
        return new ParameterBinding(
            ParameterSource.Variable, name, expectedType, read, isNullable || parameter.HasDefaultValue, parameter.HasDefaultValue ? parameter.DefaultValue : null);
    }

    /// <summary>The argument: a missing variable of a required parameter, or a value of the wrong kind, throws.</summary>
    public object? Bind(ExternalWorkerJob job, CancellationToken cancellationToken)
    {
        switch (source)
        {
            case ParameterSource.Job:
                return job;
            case ParameterSource.CancellationToken:
                return cancellationToken;
        }

        if (!job.TryGetVariable(variableName, out var variable))
        {
            return isOptional ? fallback : throw VariableConversionException.Missing(variableName, expectedType);
        }

        return isOptional && variable.IsNull ? fallback : read!(variable);
    }
}
