namespace Flowable.Workers.Typed;

/// <summary>How a job ends: the REST call the result sender makes.</summary>
public enum WorkerResultKind
{
    /// <summary><c>POST acquire/jobs/{id}/complete</c> with variables.</summary>
    Complete = 0,

    /// <summary><c>POST acquire/jobs/{id}/bpmnError</c> with an error code and variables (BPMN jobs only).</summary>
    BpmnError = 1,

    /// <summary><c>POST acquire/jobs/{id}/cmmnTerminate</c> with variables (CMMN jobs only).</summary>
    CmmnTerminate = 2,

    /// <summary><c>POST acquire/jobs/{id}/fail</c> with a message, details, retries and retry timeout.</summary>
    Fail = 3,
}
