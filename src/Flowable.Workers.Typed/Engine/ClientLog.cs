using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Every log message of the client and its subscriptions: one line saying what happened and what follows; exceptions
/// of calls to Flowable only at Debug. Messages carry ids and texts, never credentials.
/// </summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Subscribed to topic '{Topic}' as worker '{WorkerId}' (max concurrency {MaxConcurrency})")]
    public static partial void SubscriptionStarted(this ILogger logger, string topic, string workerId, int maxConcurrency);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Subscription to topic '{Topic}' stopped")]
    public static partial void SubscriptionStopped(this ILogger logger, string topic);

    [LoggerMessage(EventId = 3, Level = LogLevel.Critical,
        Message = "Subscription to topic '{Topic}' stopped because of an unexpected error")]
    public static partial void SubscriptionCrashed(this ILogger logger, Exception exception, string topic);

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Acquired {Count} job(s) on topic '{Topic}'")]
    public static partial void JobsAcquired(this ILogger logger, int count, string topic);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning,
        Message = "Acquiring jobs on topic '{Topic}' failed: {Cause}; retrying {Delay}")]
    public static partial void AcquireFailed(this ILogger logger, string topic, string cause, RetryDelay delay);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error,
        Message = "Flowable refused access when acquiring jobs on topic '{Topic}' ({StatusCode}); check the credentials; retrying {Delay}")]
    public static partial void AcquireUnauthorized(this ILogger logger, string topic, int statusCode, RetryDelay delay);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error,
        Message = "Flowable rejected the acquire request on topic '{Topic}': {Reason}; retrying {Delay}")]
    public static partial void AcquireRejected(this ILogger logger, string topic, string reason, RetryDelay delay);

    [LoggerMessage(EventId = 14, Level = LogLevel.Debug,
        Message = "Acquiring jobs on topic '{Topic}' failed (attempt {Attempt} in a row); retrying {Delay}")]
    public static partial void AcquireFailedDetail(this ILogger logger, Exception exception, string topic, int attempt, RetryDelay delay);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information,
        Message = "Acquiring jobs on topic '{Topic}' works again after {Attempts} failed attempts in {Seconds} s")]
    public static partial void AcquireRecovered(this ILogger logger, string topic, int attempts, string seconds);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning,
        Message = "Acquiring jobs on topic '{Topic}' still failing after {Attempts} attempts in {Seconds} s: {Cause}; retrying {Delay}")]
    public static partial void AcquireStillFailing(this ILogger logger, string topic, int attempts, string seconds, string cause, RetryDelay delay);

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "The handler of job {JobId} threw {ExceptionType}: {Reason}; failing the job")]
    public static partial void HandlerFailed(this ILogger logger, string jobId, string exceptionType, string reason);

    [LoggerMessage(EventId = 27, Level = LogLevel.Debug, Message = "The handler of job {JobId} threw")]
    public static partial void HandlerFailedDetail(this ILogger logger, Exception exception, string jobId);

    [LoggerMessage(EventId = 28, Level = LogLevel.Warning, Message = "The handler of job {JobId} returned no result; failing the job: {Reason}")]
    public static partial void HandlerReturnedNull(this ILogger logger, string jobId, string reason);

    [LoggerMessage(EventId = 29, Level = LogLevel.Warning, Message = "The handler of job {JobId} chose an outcome this job cannot have; failing the job: {Reason}")]
    public static partial void HandlerBrokeScopeRule(this ILogger logger, string jobId, string reason);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Job {JobId} has a bad variable; failing the job: {Reason}")]
    public static partial void VariableRejected(this ILogger logger, string jobId, string reason);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning,
        Message = "The handler of job {JobId} was still running when its lock was about to expire; giving the job back")]
    public static partial void HandlerOutlivedLock(this ILogger logger, string jobId);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning,
        Message = "The handler of job {JobId} returned {Outcome} {LateMilliseconds} ms after its lock expired; not sending it (the job may be held by another run by now)")]
    public static partial void ResultTooLate(this ILogger logger, string jobId, WorkerResultKind outcome, long lateMilliseconds);

    [LoggerMessage(EventId = 24, Level = LogLevel.Warning,
        Message = "The handler of job {JobId} did not finish within its lock ({LockDuration}) {Count} times; failing the job for good")]
    public static partial void LockOverrunsExceeded(this ILogger logger, string jobId, string lockDuration, int count);

    [LoggerMessage(EventId = 25, Level = LogLevel.Debug,
        Message = "Job {JobId} was acquired again while an older run still went on, which ended after the new lock expired; leaving the job to its next acquisition")]
    public static partial void RunStartedTooLate(this ILogger logger, string jobId);

    [LoggerMessage(EventId = 26, Level = LogLevel.Error,
        Message = "The run of job {JobId} ended with an unexpected error in the worker SDK; its lock will expire and Flowable hands it out again. Please report this with the exception attached")]
    public static partial void RunCrashed(this ILogger logger, Exception exception, string jobId);

    [LoggerMessage(EventId = 30, Level = LogLevel.Debug, Message = "Reported {Outcome} for job {JobId}")]
    public static partial void ResultSent(this ILogger logger, WorkerResultKind outcome, string jobId);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning,
        Message = "Reporting {Outcome} for job {JobId} failed: {Cause}; retrying {Delay}")]
    public static partial void ResultSendFailed(this ILogger logger, WorkerResultKind outcome, string jobId, string cause, RetryDelay delay);

    [LoggerMessage(EventId = 32, Level = LogLevel.Error,
        Message = "Gave up reporting {Outcome} for job {JobId}: {Cause}; Flowable hands the job out again when its lock expires")]
    public static partial void ResultAbandoned(this ILogger logger, WorkerResultKind outcome, string jobId, string cause);

    [LoggerMessage(EventId = 33, Level = LogLevel.Warning,
        Message = "Lost the lock on job {JobId} before reporting {Outcome} (the lock expired or the job is gone): {Reason}")]
    public static partial void LockLost(this ILogger logger, string jobId, WorkerResultKind outcome, string reason);

    [LoggerMessage(EventId = 34, Level = LogLevel.Error,
        Message = "Flowable rejected {Outcome} for job {JobId}: {Reason}; failing the job instead")]
    public static partial void ResultRejected(this ILogger logger, WorkerResultKind outcome, string jobId, string reason);

    [LoggerMessage(EventId = 35, Level = LogLevel.Debug,
        Message = "{Outcome} for job {JobId} was already reported: an earlier attempt reached Flowable but its answer was lost")]
    public static partial void AlreadyReported(this ILogger logger, WorkerResultKind outcome, string jobId);

    [LoggerMessage(EventId = 36, Level = LogLevel.Warning,
        Message = "{Outcome} for job {JobId} could not be confirmed: an attempt may have reached Flowable but its answer was lost, and the retries failed ({Cause}); if it did not reach Flowable, Flowable hands the job out again when its lock expires")]
    public static partial void ResultUnconfirmed(this ILogger logger, WorkerResultKind outcome, string jobId, string cause);

    [LoggerMessage(EventId = 37, Level = LogLevel.Debug,
        Message = "Not sending {Outcome} for job {JobId}: the job was acquired again, which superseded run {Generation}")]
    public static partial void ResultSuperseded(this ILogger logger, WorkerResultKind outcome, string jobId, long generation);

    [LoggerMessage(EventId = 38, Level = LogLevel.Debug, Message = "Reporting {Outcome} for job {JobId} failed (attempt {Attempt})")]
    public static partial void ResultSendFailedDetail(this ILogger logger, Exception exception, WorkerResultKind outcome, string jobId, int attempt);

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Gave back job {JobId} ({Reason})")]
    public static partial void JobGivenBack(this ILogger logger, string jobId, string reason);

    [LoggerMessage(EventId = 41, Level = LogLevel.Information,
        Message = "Could not give back job {JobId} (the server has no unacquire endpoint before Flowable 7.0, or the job is gone); its lock will expire")]
    public static partial void GiveBackUnsupported(this ILogger logger, string jobId);

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "Giving back job {JobId} failed: {Cause}; its lock will expire")]
    public static partial void GiveBackFailed(this ILogger logger, string jobId, string cause);
}
