using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Reports a run's outcome to Flowable (complete, bpmnError, cmmnTerminate or fail). Before every attempt it asks
/// the <see cref="HeldJobs"/> registry whether the run is still the job's current acquisition and checks that the
/// lock has not expired: a superseded or late result is never sent. Transient failures are retried with backoff while
/// the lock lasts (an outage shorter than the lock loses no result). An attempt whose answer was lost may have been
/// applied: its retries go out only while no acquire is in flight and only after Flowable confirmed that the job still
/// carries this run's lock (a lost acquire answer can re-lock a job to this worker unseen), and a 403/404 to them
/// means "already reported", not a lost lock. An outcome Flowable rejects as invalid
/// (a variable it cannot store) fails the job with Flowable's reason instead.
/// </summary>
internal sealed class JobResultSender
{
    private readonly IFlowableExternalJobApi _api;
    private readonly string _workerId;
    private readonly HeldJobs _jobs;
    private readonly TimeSpan _initialDelay;
    private readonly TimeSpan _maxDelay;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public JobResultSender(
        IFlowableExternalJobApi api,
        string workerId,
        HeldJobs jobs,
        TimeSpan initialDelay,
        TimeSpan maxDelay,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _api = api;
        _workerId = workerId;
        _jobs = jobs;
        _initialDelay = initialDelay;
        _maxDelay = maxDelay;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Reports <paramref name="result"/> for <paramref name="run"/>; gives up (logging why) when its lock expires.</summary>
    /// <remarks>Never throws except <see cref="OperationCanceledException"/> for <paramref name="cancellationToken"/>.</remarks>
    public async Task SendAsync(JobRun run, WorkerResult result, CancellationToken cancellationToken)
    {
        var jobId = run.Job.Id;
        ErrorBackoff? backoff = null;
        var mayHaveBeenApplied = false;
        var delay = TimeSpan.Zero;
        string? lastCause = null;
        while (true)
        {
            if (lastCause is not null && _timeProvider.GetUtcNow() >= run.LockExpiresAt)
            {
                // The wait before a retry outlasted the lock: the report ends as its last failure left it, not as a late result.
                GiveUp(result.Kind, jobId, mayHaveBeenApplied, lastCause);
                return;
            }

            if (!MaySend(run, result))
            {
                return;
            }

            var exclusive = mayHaveBeenApplied;
            if (exclusive)
            {
                await _jobs.EnterExclusiveAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                if (exclusive && (!MaySend(run, result) || !await StillOursAsync(run, result, cancellationToken).ConfigureAwait(false)))
                {
                    return;
                }

                await SendOnceAsync(_api, _workerId, jobId, result, cancellationToken).ConfigureAwait(false);
                _logger.ResultSent(result.Kind, jobId);
                _jobs.ForgetOverruns(jobId);
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                switch (CallFailures.Classify(exception))
                {
                    case CallFailure.LockLost when mayHaveBeenApplied:
                        _logger.AlreadyReported(result.Kind, jobId);
                        _jobs.ForgetOverruns(jobId);
                        return;
                    case CallFailure.LockLost:
                        _logger.LockLost(jobId, result.Kind, CallFailures.Reason(exception));
                        return;
                    case CallFailure.Rejected when result.Kind != WorkerResultKind.Fail:
                        var reason = CallFailures.Reason(exception);
                        _logger.ResultRejected(result.Kind, jobId, reason);
                        result = WorkerResult.Fail($"Flowable rejected the {OutcomeName(result)} of this job: {reason}", null, null, null);
                        backoff?.Reset();
                        continue;
                    case CallFailure.Rejected:
                        _logger.ResultAbandoned(result.Kind, jobId, FailureCause.Describe(exception));
                        return;
                }

                mayHaveBeenApplied |= CallFailures.MayHaveBeenApplied(exception);
                backoff ??= new ErrorBackoff(_initialDelay, _maxDelay);
                delay = backoff.NextDelay();
                _logger.ResultSendFailedDetail(exception, result.Kind, jobId, backoff.ConsecutiveFailures);
                lastCause = FailureCause.Describe(exception);
                if (_timeProvider.GetUtcNow() + delay >= run.LockExpiresAt)
                {
                    GiveUp(result.Kind, jobId, mayHaveBeenApplied, lastCause);
                    return;
                }

                _logger.ResultSendFailed(result.Kind, jobId, lastCause, new RetryDelay(delay));
            }
            finally
            {
                if (exclusive)
                {
                    _jobs.ExitExclusive();
                }
            }

            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Before retrying an attempt that may have been applied: asks Flowable whether the job still carries this run's
    /// lock (same owner, same lock expiration). If the first attempt was applied, the lock is gone — or belongs to a
    /// newer acquisition, possibly this worker's own whose answer was lost — and the retry must not go out.
    /// </summary>
    /// <exception cref="Exception">The check itself failed; the caller retries later.</exception>
    private async Task<bool> StillOursAsync(JobRun run, WorkerResult result, CancellationToken cancellationToken)
    {
        ExternalWorkerJob? current;
        try
        {
            current = await _api.GetJobAsync(run.Job.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (FlowableNotFoundException)
        {
            current = null;
        }

        if (current is not null
            && string.Equals(current.LockOwner, _workerId, StringComparison.Ordinal)
            && current.LockExpirationTime == run.Job.LockExpirationTime)
        {
            return true;
        }

        _logger.AlreadyReported(result.Kind, run.Job.Id);
        _jobs.ForgetOverruns(run.Job.Id);
        return false;
    }

    /// <summary>Ends a report whose retries ran out of lock: unconfirmed if an attempt may have been applied, else abandoned.</summary>
    private void GiveUp(WorkerResultKind outcome, string jobId, bool mayHaveBeenApplied, string cause)
    {
        if (mayHaveBeenApplied)
        {
            _logger.ResultUnconfirmed(outcome, jobId, cause);
        }
        else
        {
            _logger.ResultAbandoned(outcome, jobId, cause);
        }
    }

    /// <summary>Whether <paramref name="run"/> may still report: it is the job's current acquisition and its lock has not expired.</summary>
    private bool MaySend(JobRun run, WorkerResult result)
    {
        if (run.IsSuperseded || !_jobs.IsCurrent(run))
        {
            _logger.ResultSuperseded(result.Kind, run.Job.Id, run.Generation);
            return false;
        }

        var late = _timeProvider.GetUtcNow() - run.LockExpiresAt;
        if (late >= TimeSpan.Zero)
        {
            _logger.ResultTooLate(run.Job.Id, result.Kind, (long)late.TotalMilliseconds);
            return false;
        }

        return true;
    }

    /// <summary>One call of the endpoint that matches the result's kind.</summary>
    public static Task SendOnceAsync(IFlowableExternalJobApi api, string workerId, string jobId, WorkerResult result, CancellationToken cancellationToken) =>
        result.Kind switch
        {
            WorkerResultKind.Complete => api.CompleteJobAsync(
                jobId, new CompleteJobRequest { WorkerId = workerId, Variables = result.Variables }, cancellationToken),
            WorkerResultKind.BpmnError => api.BpmnErrorAsync(
                jobId, new BpmnErrorRequest { WorkerId = workerId, Variables = result.Variables, ErrorCode = result.ErrorCode }, cancellationToken),
            WorkerResultKind.CmmnTerminate => api.CmmnTerminateAsync(
                jobId, new CmmnTerminateRequest { WorkerId = workerId, Variables = result.Variables }, cancellationToken),
            WorkerResultKind.Fail => api.FailJobAsync(
                jobId,
                new FailJobRequest
                {
                    WorkerId = workerId,
                    ErrorMessage = result.ErrorMessage,
                    ErrorDetails = result.ErrorDetails,
                    Retries = result.Retries,
                    RetryTimeout = result.RetryTimeout,
                },
                cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Kind, "Unknown kind of worker result."),
        };

    private static string OutcomeName(WorkerResult result) => result.Kind switch
    {
        WorkerResultKind.Complete => "completion",
        WorkerResultKind.BpmnError => "BPMN error",
        WorkerResultKind.CmmnTerminate => "CMMN termination",
        _ => "failure",
    };
}
