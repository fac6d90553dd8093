namespace Flowable.Workers.Typed.Diagnostics;

/// <summary>The attribute names of spans and metric tags.</summary>
internal static class TelemetryTags
{
    public const string Topic = "flowable.topic";
    public const string WorkerId = "flowable.worker.id";
    public const string JobId = "flowable.job.id";
    public const string ProcessInstanceId = "flowable.process_instance.id";
    public const string CaseInstanceId = "flowable.case_instance.id";
    public const string ElementId = "flowable.element.id";
    public const string TenantId = "flowable.tenant.id";
    public const string Outcome = "flowable.outcome";
    public const string JobCount = "flowable.jobs.count";
    public const string RequestedCount = "flowable.jobs.requested";
    public const string ErrorType = "error.type";
}
