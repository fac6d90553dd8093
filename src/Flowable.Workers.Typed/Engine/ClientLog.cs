using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>Every log message of the client and its subscriptions. Messages carry ids and texts, never credentials.</summary>
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
        Message = "Acquiring jobs on topic '{Topic}' failed; retrying in {Delay}")]
    public static partial void AcquireFailed(this ILogger logger, Exception exception, string topic, TimeSpan delay);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error,
        Message = "Flowable refused access when acquiring jobs on topic '{Topic}' ({StatusCode}); check the credentials; retrying in {Delay}")]
    public static partial void AcquireUnauthorized(this ILogger logger, string topic, int statusCode, TimeSpan delay);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error,
        Message = "Flowable rejected the acquire request on topic '{Topic}': {Reason}; retrying in {Delay}")]
    public static partial void AcquireRejected(this ILogger logger, string topic, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "The handler of job {JobId} threw; failing the job")]
    public static partial void HandlerFailed(this ILogger logger, Exception exception, string jobId);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Job {JobId} has a bad variable; failing the job: {Reason}")]
    public static partial void VariableRejected(this ILogger logger, string jobId, string reason);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning,
        Message = "The handler of job {JobId} was still running when its lock was about to expire; giving the job back")]
    public static partial void HandlerOutlivedLock(this ILogger logger, string jobId);

    [LoggerMessage(EventId = 30, Level = LogLevel.Debug, Message = "Reported {Outcome} for job {JobId}")]
    public static partial void ResultSent(this ILogger logger, WorkerResultKind outcome, string jobId);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning,
        Message = "Reporting {Outcome} for job {JobId} failed; retrying in {Delay}")]
    public static partial void ResultSendFailed(this ILogger logger, Exception exception, WorkerResultKind outcome, string jobId, TimeSpan delay);

    [LoggerMessage(EventId = 32, Level = LogLevel.Error,
        Message = "Gave up reporting {Outcome} for job {JobId}; Flowable hands the job out again when its lock expires")]
    public static partial void ResultAbandoned(this ILogger logger, Exception exception, WorkerResultKind outcome, string jobId);

    [LoggerMessage(EventId = 33, Level = LogLevel.Warning,
        Message = "Lost the lock on job {JobId} before reporting {Outcome} (the lock expired or the job is gone): {Reason}")]
    public static partial void LockLost(this ILogger logger, string jobId, WorkerResultKind outcome, string reason);

    [LoggerMessage(EventId = 34, Level = LogLevel.Error,
        Message = "Flowable rejected {Outcome} for job {JobId}: {Reason}; failing the job instead")]
    public static partial void ResultRejected(this ILogger logger, WorkerResultKind outcome, string jobId, string reason);

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Gave back job {JobId} (the subscription is stopping)")]
    public static partial void JobGivenBack(this ILogger logger, string jobId);

    [LoggerMessage(EventId = 41, Level = LogLevel.Information,
        Message = "Could not give back job {JobId} (the server has no unacquire endpoint before Flowable 7.0, or the job is gone); its lock will expire")]
    public static partial void GiveBackUnsupported(this ILogger logger, string jobId);

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "Giving back job {JobId} failed; its lock will expire")]
    public static partial void GiveBackFailed(this ILogger logger, Exception exception, string jobId);
}
