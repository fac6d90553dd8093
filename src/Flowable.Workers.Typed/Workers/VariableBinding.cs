using System.ComponentModel;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed;

/// <summary>Finds the variables of a job for generated workers; <see cref="VariableReader"/> then converts them.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class VariableBinding
{
    /// <summary>The variable a required parameter binds to; a null value is left to the reader, which reports it.</summary>
    /// <param name="job">The acquired job.</param>
    /// <param name="name">The variable's name.</param>
    /// <param name="expectedType">What the parameter expects, as <see cref="VariableReader"/> words it.</param>
    /// <returns>The variable.</returns>
    /// <exception cref="VariableConversionException">The job has no variable of that name.</exception>
    public static RestVariable Required(ExternalWorkerJob job, string name, string expectedType)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.TryGetVariable(name, out var variable)
            ? variable
            : throw VariableConversionException.Missing(name, expectedType);
    }

    /// <summary>Finds the variable an optional parameter binds to.</summary>
    /// <param name="job">The acquired job.</param>
    /// <param name="name">The variable's name.</param>
    /// <param name="variable">The variable, when present with a non-null value.</param>
    /// <returns>False when the variable is missing or null, so the parameter gets null or its default value.</returns>
    public static bool TryGetOptional(ExternalWorkerJob job, string name, out RestVariable variable)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.TryGetVariable(name, out variable) && !variable.IsNull;
    }
}
