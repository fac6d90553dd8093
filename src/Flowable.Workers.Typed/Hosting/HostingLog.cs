using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>The log messages of the hosted workers. They name the kind of authentication, never a credential.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Starting {Count} Flowable worker(s) at {Url} as worker '{WorkerId}' (authentication: {Authentication})")]
    public static partial void WorkersStarting(this ILogger logger, int count, string url, string workerId, string authentication);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Worker {WorkerType} on topic '{Topic}': lock {LockDuration}, {NumberOfTasks} task(s) per acquire, max concurrency {MaxConcurrency}, poll interval {PollInterval}, scope {ScopeType}")]
    public static partial void WorkerStarting(
        this ILogger logger, string? workerType, string topic, TimeSpan lockDuration, int numberOfTasks, int maxConcurrency, TimeSpan pollInterval, ScopeType scopeType);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information,
        Message = "Stopping the Flowable workers: no new jobs; running handlers have {GracePeriod} to finish, then their jobs are given back")]
    public static partial void WorkersStopping(this ILogger logger, TimeSpan gracePeriod);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "The Flowable workers stopped")]
    public static partial void WorkersStopped(this ILogger logger);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "No Flowable workers are registered; nothing to run")]
    public static partial void NoWorkers(this ILogger logger);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning,
        Message = "Flowable:Url is not set: the workers talk to Flowable's trial service at {Url}; set Flowable:Url to use your own Flowable")]
    public static partial void DefaultHost(this ILogger logger, string url);
}
