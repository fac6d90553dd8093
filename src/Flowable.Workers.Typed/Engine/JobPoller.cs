using Flowable.Workers.Typed.Diagnostics;
using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Acquires jobs for one subscription until it gets some: polls again after the poll interval when there are none,
/// and backs off on errors (exponentially; at the slowest pace when access is denied), logging each failure.
/// </summary>
internal sealed class JobPoller
{
    private readonly IFlowableExternalJobApi _api;
    private readonly AcquireJobsRequest _request;
    private readonly TimeSpan _pollInterval;
    private readonly ErrorBackoff _backoff;
    private readonly TimeProvider _timeProvider;
    private readonly ConnectionHealth _health;
    private readonly ILogger _logger;

    public JobPoller(
        IFlowableExternalJobApi api,
        string topic,
        string workerId,
        ExternalWorkerSubscriptionOptions options,
        TimeProvider timeProvider,
        ConnectionHealth health,
        ILogger logger)
    {
        _api = api;
        _request = new AcquireJobsRequest
        {
            Topic = topic,
            WorkerId = workerId,
            LockDuration = options.LockDuration,
            NumberOfTasks = options.NumberOfTasks,
            NumberOfRetries = options.NumberOfRetries,
            ScopeType = options.ScopeType,
        };
        _pollInterval = options.PollInterval;
        _backoff = new ErrorBackoff(options.ErrorBackoffInitialDelay, options.ErrorBackoffMaxDelay);
        _timeProvider = timeProvider;
        _health = health;
        _logger = logger;
    }

    /// <summary>
    /// Acquires between 1 and <paramref name="count"/> jobs, however many polls that takes, and tells when the
    /// acquire that returned them was sent: the server's locks run from about then, not from when the answer arrived.
    /// </summary>
    /// <param name="count">The most jobs to lock (the free handler slots).</param>
    /// <param name="stopping">Cancels the waits between polls: no new acquire starts once it is cancelled.</param>
    /// <param name="aborting">Cancels an acquire in flight. A running acquire is otherwise let finish, so that jobs the
    /// server has already locked reach the worker (which gives them back when stopping).</param>
    /// <exception cref="OperationCanceledException">A token was cancelled before jobs were acquired.</exception>
    public async Task<AcquiredJobs> PollAsync(int count, CancellationToken stopping, CancellationToken aborting)
    {
        var request = _request with { NumberOfTasks = Math.Min(count, _request.NumberOfTasks) };
        while (true)
        {
            stopping.ThrowIfCancellationRequested();
            var sentAt = _timeProvider.GetUtcNow();
            var (jobs, wait) = await AcquireOnceAsync(request, aborting).ConfigureAwait(false);
            if (jobs.Count > 0)
            {
                return new AcquiredJobs(jobs, sentAt);
            }

            await Task.Delay(wait, _timeProvider, stopping).ConfigureAwait(false);
        }
    }

    /// <summary>One acquire request, traced: the jobs, or none and how long to wait before the next request.</summary>
    private async Task<(IReadOnlyList<ExternalWorkerJob> Jobs, TimeSpan Wait)> AcquireOnceAsync(AcquireJobsRequest request, CancellationToken aborting)
    {
        using var activity = AcquireTelemetry.Start(request.Topic, request.WorkerId, request.NumberOfTasks);
        try
        {
            var jobs = await _api.AcquireJobsAsync(request, aborting).ConfigureAwait(false);
            AcquireTelemetry.Succeeded(activity, request.Topic, jobs.Count);
            _health.RecordSuccess();
            _backoff.Reset();
            if (jobs.Count > 0)
            {
                _logger.JobsAcquired(jobs.Count, request.Topic);
                return (jobs, TimeSpan.Zero);
            }

            return (jobs, ErrorBackoff.Jitter(_pollInterval, TimeSpan.MaxValue, Random.Shared));
        }
        catch (Exception exception) when (!aborting.IsCancellationRequested)
        {
            AcquireTelemetry.Failed(activity, request.Topic, exception);
            _health.RecordFailure(exception);
            return ([], DelayAfter(exception, request.Topic));
        }
    }

    private TimeSpan DelayAfter(Exception exception, string topic)
    {
        switch (CallFailures.Classify(exception))
        {
            case CallFailure.AccessDenied:
                var slow = ErrorBackoff.Jitter(_backoff.MaxDelay, _backoff.MaxDelay, Random.Shared);
                _logger.AcquireUnauthorized(topic, (int)((FlowableApiException)exception).StatusCode, slow);
                return slow;
            case CallFailure.Rejected or CallFailure.LockLost:
                var delay = _backoff.NextDelay();
                _logger.AcquireRejected(topic, CallFailures.Reason(exception), delay);
                return delay;
            default:
                var retry = _backoff.NextDelay();
                _logger.AcquireFailed(exception, topic, retry);
                return retry;
        }
    }
}
