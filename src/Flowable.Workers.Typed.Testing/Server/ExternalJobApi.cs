using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing.Engine;
using Microsoft.AspNetCore.Http;

namespace Flowable.Workers.Typed.Testing.Server;

/// <summary>
/// The nine endpoints of <c>/external-job-api</c> (E1–E9), each validating in the server's order before it touches
/// the jobs. Paths are relative to the API root; anything unmapped is a 404 with an empty body.
/// </summary>
internal sealed class ExternalJobApi(JobStore jobs, bool supportsUnacquire)
{
    private const string RequestPackage = "org.flowable.external.job.rest.service.api.acquire.";

    public ApiResponse Handle(string method, string path, IQueryCollection query, string body, string apiUrl)
    {
        try
        {
            return Route(method, path.Split('/')[1..], query, body, apiUrl);
        }
        catch (FlowableRestException error)
        {
            return ApiResponse.Error(error.StatusCode, error.Category, error.Message);
        }
    }

    private ApiResponse Route(string method, string[] segments, IQueryCollection query, string body, string apiUrl) => segments switch
    {
        ["acquire", "jobs"] => Post(method, () => Acquire(body, apiUrl)),
        ["acquire", "jobs", var id, "complete"] when id.Length > 0 =>
            Post(method, () => Complete(id, body, CompletionKind.Complete, "ExternalWorkerJobCompleteRequest")),
        ["acquire", "jobs", var id, "bpmnError"] when id.Length > 0 =>
            Post(method, () => Complete(id, body, CompletionKind.BpmnError, "ExternalWorkerJobErrorRequest")),
        ["acquire", "jobs", var id, "cmmnTerminate"] when id.Length > 0 =>
            Post(method, () => Complete(id, body, CompletionKind.CmmnTerminate, "ExternalWorkerJobTerminateRequest")),
        ["acquire", "jobs", var id, "fail"] when id.Length > 0 => Post(method, () => Fail(id, body)),
        ["jobs"] => Get(method, () => ApiResponse.Ok(JobQuery.Run(jobs.Active(), query, apiUrl))),
        ["jobs", var id] when id.Length > 0 =>
            Get(method, () => ApiResponse.Ok(JobJson.Write(jobs.FindActive(id), apiUrl, withVariables: false))),
        ["unacquire", "jobs"] when supportsUnacquire => Post(method, () => UnacquireAll(body)),
        ["unacquire", "jobs", var id] when supportsUnacquire && id.Length > 0 => Post(method, () => Unacquire(id, body)),
        _ => ApiResponse.Empty(404),
    };

    private static ApiResponse Post(string method, Func<ApiResponse> handler) => Only("POST", method, handler);

    private static ApiResponse Get(string method, Func<ApiResponse> handler) => Only("GET", method, handler);

    /// <summary>Spring's method-not-supported exception reaches Flowable's catch-all handler, which answers 500.</summary>
    private static ApiResponse Only(string expected, string method, Func<ApiResponse> handler) =>
        string.Equals(expected, method, StringComparison.Ordinal)
            ? handler()
            : throw FlowableRestException.InternalError($"Request method '{method}' is not supported");

    private ApiResponse Acquire(string text, string apiUrl)
    {
        var body = RequestBody.Parse(text, RequestPackage + "AcquireExternalWorkerJobRequest");
        var lockDuration = body.Duration("lockDuration");
        var numberOfTasks = body.Int("numberOfTasks", 1);
        var numberOfRetries = body.Int("numberOfRetries", 5);
        var scopeType = body.String("scopeType");
        var topic = body.String("topic");
        var workerId = body.String("workerId");
        if (string.IsNullOrEmpty(topic))
        {
            throw FlowableRestException.BadRequest("topic is required");
        }

        if (lockDuration is null)
        {
            throw FlowableRestException.BadRequest("lockDuration is required");
        }

        if (string.IsNullOrEmpty(workerId))
        {
            throw FlowableRestException.BadRequest("workerId is required");
        }

        var acquired = jobs.Acquire(new AcquireCommand(topic, lockDuration.Value, numberOfTasks, numberOfRetries, workerId, scopeType));
        return ApiResponse.Ok(new JsonArray([.. acquired.Select(JsonNode (job) => JobJson.Write(job, apiUrl, withVariables: true))]));
    }

    private ApiResponse Complete(string jobId, string text, CompletionKind kind, string requestType)
    {
        var body = RequestBody.Parse(text, RequestPackage + requestType);
        var variables = body.Variables("variables");
        var errorCode = kind == CompletionKind.BpmnError ? body.String("errorCode") : null;
        var workerId = RequireWorkerId(body, "workerId is required");
        jobs.Complete(new CompletionCommand(jobId, workerId, kind, errorCode, () => VariableInput.Convert(variables)));
        return ApiResponse.NoContent;
    }

    private ApiResponse Fail(string jobId, string text)
    {
        var body = RequestBody.Parse(text, RequestPackage + "ExternalWorkerJobFailureRequest");
        var command = new FailCommand(
            jobId,
            RequireWorkerId(body, "workerId is required"),
            body.String("errorMessage"),
            body.String("errorDetails"),
            body.NullableInt("retries"),
            body.Duration("retryTimeout"));
        jobs.Fail(command);
        return ApiResponse.NoContent;
    }

    private ApiResponse UnacquireAll(string text)
    {
        var body = RequestBody.Parse(text, RequestPackage + "UnacquireExternalWorkerJobsRequest");
        var tenantId = body.String("tenantId");
        jobs.UnacquireAll(RequireWorkerId(body, "worker id is required"), tenantId);
        return ApiResponse.NoContent;
    }

    private ApiResponse Unacquire(string jobId, string text)
    {
        var body = RequestBody.Parse(text, RequestPackage + "UnacquireExternalWorkerJobsRequest");
        jobs.Unacquire(jobId, RequireWorkerId(body, "worker id is required"));
        return ApiResponse.NoContent;
    }

    private static string RequireWorkerId(RequestBody body, string message)
    {
        var workerId = body.String("workerId");
        return string.IsNullOrEmpty(workerId) ? throw FlowableRestException.BadRequest(message) : workerId;
    }
}
