using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed;

/// <summary>Thrown by a handler to terminate its CMMN plan item after <see cref="Variables"/> are set.</summary>
/// <example><code>throw new CmmnTerminateException(new VariableList().Variable("cancelled", true));</code></example>
public sealed class CmmnTerminateException : Exception
{
    /// <summary>Creates the exception without variables.</summary>
    public CmmnTerminateException()
        : this((IReadOnlyList<RestVariable>?)null)
    {
    }

    /// <summary>Creates the exception with the variables to set.</summary>
    public CmmnTerminateException(params RestVariable[] variables)
        : this((IReadOnlyList<RestVariable>)variables)
    {
    }

    /// <summary>Creates the exception with the variables to set (a <see cref="VariableList"/>, for one).</summary>
    public CmmnTerminateException(IReadOnlyList<RestVariable>? variables)
        : base("CMMN terminate")
    {
        Variables = variables is null ? [] : [.. variables];
    }

    /// <summary>The variables to set before the plan item is terminated.</summary>
    public IReadOnlyList<RestVariable> Variables { get; }
}
