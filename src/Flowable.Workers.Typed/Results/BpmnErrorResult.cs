namespace Flowable.Workers.Typed;

/// <summary>Ends the BPMN job with a BPMN error and the variables set on it. Returned as a <see cref="WorkerResult"/>.</summary>
public sealed class BpmnErrorResult : VariableBuilder<BpmnErrorResult>
{
    internal BpmnErrorResult(string? errorCode) => ErrorCode = errorCode;

    /// <summary>The BPMN error code; null matches any error catch.</summary>
    public string? ErrorCode { get; }

    /// <summary>The <see cref="WorkerResult"/> to return from a handler.</summary>
    public static implicit operator WorkerResult(BpmnErrorResult result) => ToWorkerResult(result);

    /// <summary>The <see cref="WorkerResult"/> to return from a handler.</summary>
    public static WorkerResult ToWorkerResult(BpmnErrorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WorkerResult.BpmnError(result.ErrorCode, result.Variables);
    }
}
