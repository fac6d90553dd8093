namespace Flowable.Workers.Typed.Testing;

/// <summary>What happened to a job.</summary>
public enum EmulatorJobEventKind
{
    /// <summary>The job was created by the test.</summary>
    Created,

    /// <summary>A worker acquired and locked the job.</summary>
    Acquired,

    /// <summary>The lock owner completed the job.</summary>
    Completed,

    /// <summary>The lock owner completed the job with a BPMN error.</summary>
    BpmnError,

    /// <summary>The lock owner terminated the CMMN plan item.</summary>
    CmmnTerminated,

    /// <summary>The lock owner reported a failure.</summary>
    Failed,

    /// <summary>A failure left no retries: the job moved to the dead-letter table.</summary>
    DeadLettered,

    /// <summary>A worker released its lock (unacquire).</summary>
    Unacquired,

    /// <summary>The expired-lock sweep cleared an expired lock or an elapsed retry timeout.</summary>
    LockReset,
}

/// <summary>One entry of a job's history.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Time">The emulator time it happened (milliseconds).</param>
/// <param name="WorkerId">The worker that acted, or for <see cref="EmulatorJobEventKind.LockReset"/> the owner that lost the lock.</param>
public sealed record EmulatorJobEvent(EmulatorJobEventKind Kind, DateTimeOffset Time, string? WorkerId)
{
    /// <summary>The lock expiration time set by an acquire.</summary>
    public DateTimeOffset? LockExpirationTime { get; init; }

    /// <summary>The error code of a BPMN error (<see langword="null"/> means "any error").</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The <c>errorMessage</c> of a failure.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The <c>errorDetails</c> of a failure.</summary>
    public string? ErrorDetails { get; init; }

    /// <summary>The <c>retries</c> field a failure sent (<see langword="null"/> when absent).</summary>
    public int? RequestedRetries { get; init; }

    /// <summary>The job's retries after a failure.</summary>
    public int? Retries { get; init; }

    /// <summary>The <c>retryTimeout</c> of a failure.</summary>
    public TimeSpan? RetryTimeout { get; init; }

    /// <summary>The variables a completion sent.</summary>
    public IReadOnlyList<EmulatorVariable> Variables { get; init; } = [];
}
