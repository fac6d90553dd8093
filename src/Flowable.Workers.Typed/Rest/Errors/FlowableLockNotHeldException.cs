namespace Flowable.Workers.Typed;

/// <summary>
/// 403 Forbidden with <c>"&lt;workerId&gt; does not hold a lock on the requested job"</c>: the worker lost the job's
/// lock (it expired and was reset, or the job was never acquired by this worker id). The job's outcome was not
/// recorded; another worker may own it now.
/// </summary>
public sealed class FlowableLockNotHeldException : FlowableForbiddenException
{
    /// <summary>The end of Flowable's error text that identifies a lost lock.</summary>
    public const string ExceptionTextSuffix = "does not hold a lock on the requested job";

    /// <inheritdoc cref="FlowableApiException(FlowableApiError, Exception?)"/>
    public FlowableLockNotHeldException(FlowableApiError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
