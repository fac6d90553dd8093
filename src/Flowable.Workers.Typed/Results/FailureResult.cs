namespace Flowable.Workers.Typed;

/// <summary>Fails the job with the values set on it. Returned as a <see cref="WorkerResult"/>.</summary>
public sealed class FailureResult
{
    private int? _retries;
    private TimeSpan? _retryTimeout;

    internal FailureResult()
    {
    }

    /// <summary>Shown as the job's <c>exceptionMessage</c>.</summary>
    public string? ErrorMessage { get; private set; }

    /// <summary>Stored as the job's stack trace.</summary>
    public string? ErrorDetails { get; private set; }

    /// <summary>Sets the message shown as the job's <c>exceptionMessage</c>.</summary>
    public FailureResult Message(string? message)
    {
        ErrorMessage = message;
        return this;
    }

    /// <summary>Sets the details stored as the job's stack trace.</summary>
    public FailureResult Details(string? details)
    {
        ErrorDetails = details;
        return this;
    }

    /// <summary>Sets the retries left afterwards, 0 or more (0 moves the job to the dead letter jobs); null lets the server take one.</summary>
    public FailureResult Retries(int? retries)
    {
        if (retries < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(retries), retries, "Retries must be 0 or more; pass null to let the server take one retry.");
        }

        _retries = retries;
        return this;
    }

    /// <summary>Sets how long before the job can be acquired again; null for at once.</summary>
    public FailureResult RetryTimeout(TimeSpan? retryTimeout)
    {
        if (retryTimeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryTimeout), retryTimeout, "A retry timeout cannot be negative.");
        }

        _retryTimeout = retryTimeout;
        return this;
    }

    /// <summary>The <see cref="WorkerResult"/> to return from a handler.</summary>
    public static implicit operator WorkerResult(FailureResult result) => ToWorkerResult(result);

    /// <summary>The <see cref="WorkerResult"/> to return from a handler.</summary>
    public static WorkerResult ToWorkerResult(FailureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WorkerResult.Fail(result.ErrorMessage, result.ErrorDetails, result._retries, result._retryTimeout);
    }
}
