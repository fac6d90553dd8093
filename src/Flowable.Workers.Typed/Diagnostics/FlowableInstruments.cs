using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Flowable.Workers.Typed.Diagnostics;

/// <summary>The SDK's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, and every instrument of it.</summary>
internal static class FlowableInstruments
{
    private static readonly string Version =
        typeof(FlowableInstruments).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static ActivitySource Source { get; } = new(FlowableWorkersTelemetry.Name, Version);

    public static Meter Meter { get; } = new(FlowableWorkersTelemetry.Name, Version);

    public static Counter<long> JobsAcquired { get; } =
        Meter.CreateCounter<long>("flowable.jobs.acquired", "{job}", "Jobs acquired and locked by this worker.");

    public static Counter<long> JobsCompleted { get; } =
        Meter.CreateCounter<long>("flowable.jobs.completed", "{job}", "Jobs whose handler completed them.");

    public static Counter<long> JobsFailed { get; } =
        Meter.CreateCounter<long>("flowable.jobs.failed", "{job}", "Jobs whose handler failed them (threw, or a variable did not bind).");

    public static Counter<long> JobsBpmnError { get; } =
        Meter.CreateCounter<long>("flowable.jobs.bpmn_error", "{job}", "Jobs whose handler ended them with a BPMN error.");

    public static Counter<long> JobsCmmnTerminate { get; } =
        Meter.CreateCounter<long>("flowable.jobs.cmmn_terminate", "{job}", "Jobs whose handler ended them with a CMMN terminate.");

    public static Counter<long> JobsGivenBack { get; } =
        Meter.CreateCounter<long>("flowable.jobs.given_back", "{job}", "Jobs given back unfinished (shutdown, lock about to expire).");

    public static Histogram<double> HandlerDuration { get; } =
        Meter.CreateHistogram<double>("flowable.job.handler.duration", "s", "How long handlers ran, per job.");

    public static UpDownCounter<long> JobsInFlight { get; } =
        Meter.CreateUpDownCounter<long>("flowable.jobs.in_flight", "{job}", "Jobs acquired and not yet reported or given back.");

    public static Counter<long> PollErrors { get; } =
        Meter.CreateCounter<long>("flowable.poll.errors", "{error}", "Acquire requests that failed.");

    public static Counter<long> OutcomeCounter(string outcome) => outcome switch
    {
        JobOutcome.Completed => JobsCompleted,
        JobOutcome.BpmnError => JobsBpmnError,
        JobOutcome.CmmnTerminate => JobsCmmnTerminate,
        JobOutcome.Failed => JobsFailed,
        _ => JobsGivenBack,
    };
}
