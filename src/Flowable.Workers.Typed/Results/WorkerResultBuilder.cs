using System.Diagnostics.CodeAnalysis;

namespace Flowable.Workers.Typed;

/// <summary>
/// Builds the outcome of one job, for handlers that are plain delegates. Each call starts a result; set its
/// variables or failure values fluently and return it:
/// <code>return builder.Success().Variable("receiptId", receipt).Variable("paid", true);</code>
/// </summary>
public sealed class WorkerResultBuilder
{
    /// <summary>Creates the builder for one job.</summary>
    public WorkerResultBuilder(ExternalWorkerJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        Job = job;
    }

    /// <summary>The job the result is for.</summary>
    public ExternalWorkerJob Job { get; }

    /// <summary>Completes the job.</summary>
    [SuppressMessage("Performance", "CA1822", Justification = "One builder per job: every outcome is asked of the same instance.")]
    public SuccessResult Success() => new();

    /// <summary>Fails the job (set its message, details, retries and retry timeout).</summary>
    [SuppressMessage("Performance", "CA1822", Justification = "One builder per job: every outcome is asked of the same instance.")]
    public FailureResult Failure() => new();

    /// <summary>Ends a BPMN job with a BPMN error; a null <paramref name="errorCode"/> matches any error catch.</summary>
    /// <exception cref="InvalidOperationException">The job is not a BPMN job (Flowable would refuse the error).</exception>
    public BpmnErrorResult BpmnError(string? errorCode) =>
        ScopeRule.Refusal(Job, WorkerResultKind.BpmnError) is { } refusal ? throw new InvalidOperationException(refusal) : new(errorCode);

    /// <summary>Terminates a CMMN plan item.</summary>
    /// <exception cref="InvalidOperationException">The job is not a CMMN job (Flowable would refuse the terminate).</exception>
    public CmmnTerminateResult CmmnTerminate() =>
        ScopeRule.Refusal(Job, WorkerResultKind.CmmnTerminate) is { } refusal ? throw new InvalidOperationException(refusal) : new();
}
