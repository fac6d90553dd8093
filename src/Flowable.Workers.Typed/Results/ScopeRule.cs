namespace Flowable.Workers.Typed;

/// <summary>
/// The one rule for outcomes that only fit one kind of job: a BPMN error ends BPMN jobs only, a terminate CMMN jobs
/// only. The result builder refuses them at once; a result or exception that breaks the rule anyway fails the job with
/// the same words, instead of being sent for Flowable to reject.
/// </summary>
internal static class ScopeRule
{
    /// <summary>Why <paramref name="job"/> cannot end with <paramref name="kind"/>, or null when it can.</summary>
    public static string? Refusal(ExternalWorkerJob job, WorkerResultKind kind) => kind switch
    {
        WorkerResultKind.BpmnError when !job.IsBpmn =>
            $"Job {job.Id} is not a BPMN job ({ScopeOf(job)}): only BPMN jobs can end with a BPMN error.",
        WorkerResultKind.CmmnTerminate when !job.IsCmmn =>
            $"Job {job.Id} is not a CMMN job ({ScopeOf(job)}): only CMMN jobs can be terminated.",
        _ => null,
    };

    /// <summary><paramref name="result"/>, or a failure with the refusal when it breaks the rule.</summary>
    public static WorkerResult Apply(ExternalWorkerJob job, WorkerResult result) =>
        Refusal(job, result.Kind) is { } refusal ? WorkerResult.Fail(refusal) : result;

    private static string ScopeOf(ExternalWorkerJob job) =>
        string.IsNullOrEmpty(job.ScopeType) ? "no scope type" : $"scope type '{job.ScopeType}'";
}
