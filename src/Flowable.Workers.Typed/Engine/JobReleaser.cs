using System.Net;
using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Gives jobs back to Flowable (unacquire, Flowable 7.0+) when the worker will not run them, so another worker can
/// take them at once instead of after the lock expires. Without the endpoint (404, or 405 from servers and proxies that
/// know the path but not the method) the lock simply expires.
/// </summary>
internal sealed class JobReleaser(IFlowableExternalJobApi api, string workerId, ILogger logger)
{
    private readonly UnacquireJobsRequest _request = new() { WorkerId = workerId };

    /// <summary>Gives back one job; failures are logged, never thrown (the lock expiring is the fallback).</summary>
    /// <param name="job">The job.</param>
    /// <param name="reason">Why, for the log (see <see cref="GiveBackReason"/>).</param>
    /// <param name="cancellationToken">Abandons the call.</param>
    public async Task GiveBackAsync(ExternalWorkerJob job, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await api.UnacquireJobAsync(job.Id, _request, cancellationToken).ConfigureAwait(false);
            logger.JobGivenBack(job.Id, reason);
        }
        catch (Exception exception) when (exception is FlowableNotFoundException
            or FlowableApiException { StatusCode: HttpStatusCode.MethodNotAllowed })
        {
            logger.GiveBackUnsupported(job.Id);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.GiveBackFailed(job.Id, FailureCause.Describe(exception));
        }
    }
}
