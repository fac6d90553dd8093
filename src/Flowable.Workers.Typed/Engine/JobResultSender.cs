using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Reports a job's outcome to Flowable (complete, bpmnError, cmmnTerminate or fail). Transient failures are retried
/// with backoff while the job's lock lasts; a lost lock is logged and dropped (another worker has the job or will);
/// an outcome Flowable rejects as invalid (a BPMN error for a CMMN job, a variable it cannot store) fails the job
/// with Flowable's reason instead, so the job does not sit locked until its lock expires.
/// </summary>
internal sealed class JobResultSender
{
    private const int MaxAttempts = 10;

    private readonly IFlowableExternalJobApi _api;
    private readonly string _workerId;
    private readonly TimeSpan _initialDelay;
    private readonly TimeSpan _maxDelay;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public JobResultSender(
        IFlowableExternalJobApi api,
        string workerId,
        TimeSpan initialDelay,
        TimeSpan maxDelay,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _api = api;
        _workerId = workerId;
        _initialDelay = initialDelay;
        _maxDelay = maxDelay;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Reports <paramref name="result"/> for <paramref name="job"/>; gives up (logging why) at <paramref name="lockExpiresAt"/>.</summary>
    /// <remarks>Never throws except <see cref="OperationCanceledException"/> for <paramref name="cancellationToken"/>.</remarks>
    public async Task SendAsync(ExternalWorkerJob job, WorkerResult result, DateTimeOffset lockExpiresAt, CancellationToken cancellationToken)
    {
        var backoff = new ErrorBackoff(_initialDelay, _maxDelay);
        while (true)
        {
            try
            {
                await SendOnceAsync(_api, _workerId, job.Id, result, cancellationToken).ConfigureAwait(false);
                _logger.ResultSent(result.Kind, job.Id);
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                switch (CallFailures.Classify(exception))
                {
                    case CallFailure.LockLost:
                        _logger.LockLost(job.Id, result.Kind, CallFailures.Reason(exception));
                        return;
                    case CallFailure.Rejected when result.Kind != WorkerResultKind.Fail:
                        var reason = CallFailures.Reason(exception);
                        _logger.ResultRejected(result.Kind, job.Id, reason);
                        result = WorkerResult.Fail($"Flowable rejected the {OutcomeName(result)} of this job: {reason}", null, null, null);
                        backoff.Reset();
                        continue;
                    case CallFailure.Rejected:
                        _logger.ResultAbandoned(exception, result.Kind, job.Id);
                        return;
                }

                var delay = backoff.NextDelay();
                if (backoff.ConsecutiveFailures >= MaxAttempts || _timeProvider.GetUtcNow() + delay >= lockExpiresAt)
                {
                    _logger.ResultAbandoned(exception, result.Kind, job.Id);
                    return;
                }

                _logger.ResultSendFailed(exception, result.Kind, job.Id, delay);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
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
