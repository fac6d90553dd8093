using System.Globalization;
using Flowable.Workers.Typed.Diagnostics;
using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Acquires jobs for one subscription until it gets some, and registers each as a <see cref="JobRun"/> in
/// <see cref="HeldJobs"/>: polls again after the poll interval when there are none. A failed acquire is retried after
/// a few milliseconds; only failures in a row back off, and while Flowable is unreachable or failing the retries stay
/// at most <see cref="OutageRetryCap"/> apart, so work resumes soon after it answers again. A failure streak is logged
/// as one line when it starts, a summary now and then while it lasts, and one line when it ends.
/// </summary>
internal sealed class JobPoller
{
    /// <summary>The longest wait between acquires while Flowable is unreachable or answers 5xx.</summary>
    public static readonly TimeSpan OutageRetryCap = TimeSpan.FromSeconds(1);

    private readonly IFlowableExternalJobApi _api;
    private readonly AcquireJobsRequest _request;
    private readonly TimeSpan _lockDuration;
    private readonly TimeSpan _pollInterval;
    private readonly ErrorBackoff _backoff;
    private readonly HeldJobs _jobs;
    private readonly TimeProvider _timeProvider;
    private readonly ConnectionHealth _health;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancelHandlers;
    private DateTimeOffset _failingSince;

    public JobPoller(
        IFlowableExternalJobApi api,
        string topic,
        string workerId,
        ExternalWorkerSubscriptionOptions options,
        HeldJobs jobs,
        TimeProvider timeProvider,
        ConnectionHealth health,
        ILogger logger,
        CancellationToken cancelHandlers)
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
        _lockDuration = options.LockDuration;
        _pollInterval = options.PollInterval;
        _backoff = new ErrorBackoff(options.ErrorBackoffInitialDelay, options.ErrorBackoffMaxDelay);
        _jobs = jobs;
        _timeProvider = timeProvider;
        _health = health;
        _logger = logger;
        _cancelHandlers = cancelHandlers;
    }

    /// <summary>
    /// Acquires between 1 and <paramref name="count"/> jobs, however many polls that takes, and registers them; their
    /// lock deadlines count from when the acquire was sent, not from when the answer arrived.
    /// </summary>
    /// <param name="count">The most jobs to lock (the free handler slots and what the local buffer may take).</param>
    /// <param name="stopping">Cancels the waits between polls: no new acquire starts once it is cancelled.</param>
    /// <param name="aborting">Cancels an acquire in flight. A running acquire is otherwise let finish, so that jobs the
    /// server has already locked reach the worker (which gives them back when stopping).</param>
    /// <exception cref="OperationCanceledException">A token was cancelled before jobs were acquired.</exception>
    public async Task<JobRun[]> PollAsync(int count, CancellationToken stopping, CancellationToken aborting)
    {
        var request = _request with { NumberOfTasks = Math.Min(count, _request.NumberOfTasks) };
        while (true)
        {
            stopping.ThrowIfCancellationRequested();
            var (runs, wait) = await AcquireOnceAsync(request, aborting).ConfigureAwait(false);
            if (runs.Length > 0)
            {
                return runs;
            }

            await Task.Delay(wait, _timeProvider, stopping).ConfigureAwait(false);
        }
    }

    /// <summary>One acquire request, traced: the registered runs, or none and how long to wait before the next request.</summary>
    private async Task<(JobRun[] Runs, TimeSpan Wait)> AcquireOnceAsync(AcquireJobsRequest request, CancellationToken aborting)
    {
        using var activity = AcquireTelemetry.Start(request.Topic, request.WorkerId, request.NumberOfTasks);
        await _jobs.EnterExclusiveAsync(aborting).ConfigureAwait(false);
        try
        {
            var sentAt = _timeProvider.GetUtcNow();
            var jobs = await _api.AcquireJobsAsync(request, aborting).ConfigureAwait(false);
            AcquireTelemetry.Succeeded(activity, request.Topic, jobs.Count);
            _health.RecordSuccess();
            Recovered(request.Topic);
            if (jobs.Count == 0)
            {
                return ([], ErrorBackoff.Jitter(_pollInterval, TimeSpan.MaxValue, Random.Shared));
            }

            _logger.JobsAcquired(jobs.Count, request.Topic);
            var deadline = new BatchDeadline(sentAt + _lockDuration, _lockDuration, jobs.Count, _timeProvider, _cancelHandlers);
            var runs = new JobRun[jobs.Count];
            for (var i = 0; i < runs.Length; i++)
            {
                runs[i] = _jobs.Hold(jobs[i], deadline);
            }

            return (runs, TimeSpan.Zero);
        }
        catch (Exception exception) when (!aborting.IsCancellationRequested)
        {
            AcquireTelemetry.Failed(activity, request.Topic, exception);
            _health.RecordFailure(exception);
            return ([], DelayAfter(exception, request.Topic));
        }
        finally
        {
            _jobs.ExitExclusive();
        }
    }

    private void Recovered(string topic)
    {
        var failures = _backoff.ConsecutiveFailures;
        if (failures == 0)
        {
            return;
        }

        _backoff.Reset();
        if (failures > 1 && _logger.IsEnabled(LogLevel.Information))
        {
            _logger.AcquireRecovered(topic, failures, Seconds(_timeProvider.GetUtcNow() - _failingSince));
        }
    }

    private TimeSpan DelayAfter(Exception exception, string topic)
    {
        if (_backoff.ConsecutiveFailures == 0)
        {
            _failingSince = _timeProvider.GetUtcNow();
        }

        switch (CallFailures.Classify(exception))
        {
            case CallFailure.AccessDenied:
                var slow = ErrorBackoff.Jitter(_backoff.MaxDelay, _backoff.MaxDelay, Random.Shared);
                _backoff.NextDelay();
                _logger.AcquireUnauthorized(topic, (int)((FlowableApiException)exception).StatusCode, new RetryDelay(slow));
                return slow;
            case CallFailure.Rejected or CallFailure.LockLost:
                var delay = _backoff.NextDelay();
                _logger.AcquireRejected(topic, CallFailures.Reason(exception), new RetryDelay(delay));
                return delay;
            default:
                var retry = _backoff.NextDelay();
                retry = retry < OutageRetryCap ? retry : OutageRetryCap;
                var attempt = _backoff.ConsecutiveFailures;
                _logger.AcquireFailedDetail(exception, topic, attempt, new RetryDelay(retry));
                if (attempt == 1)
                {
                    _logger.AcquireFailed(topic, FailureCause.Describe(exception), new RetryDelay(retry));
                }
                else if (IsPowerOfTwo(attempt) && attempt > ErrorBackoff.QuickRetries)
                {
                    var elapsed = Seconds(_timeProvider.GetUtcNow() - _failingSince);
                    _logger.AcquireStillFailing(topic, attempt, elapsed, FailureCause.Describe(exception), new RetryDelay(retry));
                }

                return retry;
        }
    }

    private static bool IsPowerOfTwo(int value) => (value & (value - 1)) == 0;

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
