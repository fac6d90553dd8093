namespace Flowable.Workers.Typed;

/// <summary>
/// Thrown by a handler to fail its job with exactly these values, instead of the defaults any other exception gets
/// (its message, its full text as details, one retry taken by the server).
/// </summary>
/// <example><code>throw new WorkerFailureException("Payment service down", retries: 5, retryTimeout: TimeSpan.FromMinutes(10));</code></example>
public sealed class WorkerFailureException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Shown as the job's <c>exceptionMessage</c>.</param>
    /// <param name="details">Stored as the job's stack trace; when null, the inner exception's full text if there is one.</param>
    /// <param name="retries">The retries left afterwards, 0 or more (0 moves the job to the dead letter jobs); null lets the server take one.</param>
    /// <param name="retryTimeout">How long before the job can be acquired again; null for at once.</param>
    /// <param name="innerException">The cause, if any.</param>
    public WorkerFailureException(
        string message, string? details = null, int? retries = null, TimeSpan? retryTimeout = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfNegative(retries ?? 0, nameof(retries));
        ArgumentOutOfRangeException.ThrowIfLessThan(retryTimeout ?? TimeSpan.Zero, TimeSpan.Zero, nameof(retryTimeout));
        Details = details ?? innerException?.ToString();
        Retries = retries;
        RetryTimeout = retryTimeout;
    }

    /// <summary>Stored as the job's stack trace.</summary>
    public string? Details { get; }

    /// <summary>The retries left afterwards; null lets the server take one.</summary>
    public int? Retries { get; }

    /// <summary>How long before the job can be acquired again; null for at once.</summary>
    public TimeSpan? RetryTimeout { get; }
}
