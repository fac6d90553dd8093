namespace Flowable.Workers.Typed;

/// <summary>Terminates the CMMN plan item after setting the variables set on it. Returned as a <see cref="WorkerResult"/>.</summary>
public sealed class CmmnTerminateResult : VariableBuilder<CmmnTerminateResult>
{
    internal CmmnTerminateResult()
    {
    }

    /// <summary>The <see cref="WorkerResult"/> to return from a handler.</summary>
    public static implicit operator WorkerResult(CmmnTerminateResult result) => ToWorkerResult(result);

    /// <summary>The <see cref="WorkerResult"/> to return from a handler.</summary>
    public static WorkerResult ToWorkerResult(CmmnTerminateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WorkerResult.CmmnTerminate(result.Variables);
    }
}
