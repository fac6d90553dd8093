using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed;

/// <summary>
/// Thrown by a handler to end its BPMN job with a BPMN error: a boundary event or event sub-process catching
/// <see cref="ErrorCode"/> takes over, after <see cref="Variables"/> are set.
/// </summary>
/// <example><code>throw new BpmnErrorException("cardDeclined", new VariableList().Variable("reason", reason));</code></example>
public sealed class BpmnErrorException : Exception
{
    /// <summary>Creates the exception for an error code (null matches any error catch) without variables.</summary>
    public BpmnErrorException(string? errorCode)
        : this(errorCode, (IReadOnlyList<RestVariable>?)null)
    {
    }

    /// <summary>Creates the exception for an error code and the variables to set.</summary>
    public BpmnErrorException(string? errorCode, params RestVariable[] variables)
        : this(errorCode, (IReadOnlyList<RestVariable>)variables)
    {
    }

    /// <summary>Creates the exception for an error code and the variables to set (a <see cref="VariableList"/>, for one).</summary>
    public BpmnErrorException(string? errorCode, IReadOnlyList<RestVariable>? variables)
        : base(errorCode is null ? "BPMN error (any error code)" : $"BPMN error '{errorCode}'")
    {
        ErrorCode = errorCode;
        Variables = variables is null ? [] : [.. variables];
    }

    /// <summary>The BPMN error code; null matches any error catch.</summary>
    public string? ErrorCode { get; }

    /// <summary>The variables to set before the error is propagated.</summary>
    public IReadOnlyList<RestVariable> Variables { get; }
}
