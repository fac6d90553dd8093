namespace Flowable.Workers.Typed;

/// <summary>Completes the job with the variables set on it. Returned as a <see cref="WorkerResult"/>.</summary>
public sealed class SuccessResult : VariableBuilder<SuccessResult>
{
    internal SuccessResult()
    {
    }

    /// <summary>The <see cref="WorkerResult"/> to return from a handler.</summary>
    public static implicit operator WorkerResult(SuccessResult result) => ToWorkerResult(result);

    /// <summary>The <see cref="WorkerResult"/> to return from a handler.</summary>
    public static WorkerResult ToWorkerResult(SuccessResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WorkerResult.Complete(result.Variables);
    }
}
