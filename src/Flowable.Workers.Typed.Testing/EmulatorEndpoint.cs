namespace Flowable.Workers.Typed.Testing;

/// <summary>The endpoints of the external worker job API, for scripting faults per endpoint.</summary>
public enum EmulatorEndpoint
{
    /// <summary>Anything that is not one of the API's endpoints (a wrong path or method).</summary>
    Other,

    /// <summary><c>POST /acquire/jobs</c>.</summary>
    Acquire,

    /// <summary><c>POST /acquire/jobs/{id}/complete</c>.</summary>
    Complete,

    /// <summary><c>POST /acquire/jobs/{id}/bpmnError</c>.</summary>
    BpmnError,

    /// <summary><c>POST /acquire/jobs/{id}/cmmnTerminate</c>.</summary>
    CmmnTerminate,

    /// <summary><c>POST /acquire/jobs/{id}/fail</c>.</summary>
    Fail,

    /// <summary><c>GET /jobs</c>.</summary>
    ListJobs,

    /// <summary><c>GET /jobs/{id}</c>.</summary>
    GetJob,

    /// <summary><c>POST /unacquire/jobs</c>.</summary>
    UnacquireAll,

    /// <summary><c>POST /unacquire/jobs/{id}</c>.</summary>
    Unacquire,
}
