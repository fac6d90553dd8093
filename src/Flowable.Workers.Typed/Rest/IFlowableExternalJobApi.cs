using Refit;

namespace Flowable.Workers.Typed.Rest;

/// <summary>
/// Flowable's external worker job REST API (<c>{flowable}/external-job-api</c>), one method per endpoint.
/// </summary>
/// <remarks>
/// Create an instance with <see cref="FlowableExternalJobApi.Create(FlowableApiOptions)"/>. Job ids are URL-encoded
/// into paths. An error status throws a <see cref="FlowableApiException"/> subclass; a lost lock throws
/// <see cref="FlowableLockNotHeldException"/>.
/// </remarks>
public interface IFlowableExternalJobApi
{
    /// <summary>Locks up to <see cref="AcquireJobsRequest.NumberOfTasks"/> jobs of a topic; an empty list when there are none.</summary>
    [Post("/acquire/jobs")]
    Task<IReadOnlyList<ExternalWorkerJob>> AcquireJobsAsync([Body] AcquireJobsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Completes a job; the process or case continues asynchronously.</summary>
    [Post("/acquire/jobs/{jobId}/complete")]
    Task CompleteJobAsync(string jobId, [Body] CompleteJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>Completes a BPMN job by throwing a BPMN error at its activity (400 for a CMMN job).</summary>
    [Post("/acquire/jobs/{jobId}/bpmnError")]
    Task BpmnErrorAsync(string jobId, [Body] BpmnErrorRequest request, CancellationToken cancellationToken = default);

    /// <summary>Ends a CMMN job's plan item with a terminate transition (400 for a BPMN job).</summary>
    [Post("/acquire/jobs/{jobId}/cmmnTerminate")]
    Task CmmnTerminateAsync(string jobId, [Body] CmmnTerminateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reports a technical failure: the job's retries drop and it is released (or dead-lettered at 0).</summary>
    [Post("/acquire/jobs/{jobId}/fail")]
    Task FailJobAsync(string jobId, [Body] FailJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists external worker jobs, one page at a time.</summary>
    [Get("/jobs")]
    Task<ExternalWorkerJobPage> ListJobsAsync([Query] ExternalWorkerJobQuery query, CancellationToken cancellationToken = default);

    /// <summary>Reads one job (without variables); 404 when it no longer exists.</summary>
    [Get("/jobs/{jobId}")]
    Task<ExternalWorkerJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Releases every job the worker holds (Flowable 7.0+).</summary>
    [Post("/unacquire/jobs")]
    Task UnacquireJobsAsync([Body] UnacquireJobsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Releases one job the worker holds (Flowable 7.0+).</summary>
    [Post("/unacquire/jobs/{jobId}")]
    Task UnacquireJobAsync(string jobId, [Body] UnacquireJobsRequest request, CancellationToken cancellationToken = default);
}
