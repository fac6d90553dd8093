using System.Diagnostics;

namespace Flowable.Workers.Typed.Diagnostics;

/// <summary>
/// The telemetry of one job from dispatch to report: its span (a child of the trace context the job carries in a
/// <c>traceparent</c> variable, else of the ambient one), the in-flight gauge, the outcome counter and the handler
/// duration, counted from <see cref="Start"/> (which runs right before the handler). A struct: the job's path
/// allocates nothing for telemetry when nobody listens.
/// </summary>
internal readonly struct JobTelemetry : IDisposable
{
    private readonly Activity? _activity;
    private readonly string _topic;
    private readonly long _handlerStarted;

    private JobTelemetry(Activity? activity, string topic)
    {
        _activity = activity;
        _topic = topic;
        _handlerStarted = Stopwatch.GetTimestamp();
    }

    private TagList TopicTags => new() { { TelemetryTags.Topic, _topic } };

    public static JobTelemetry Start(ExternalWorkerJob job, string topic, string workerId)
    {
        var activity = FlowableInstruments.Source.StartActivity(
            FlowableWorkersTelemetry.JobActivityName, ActivityKind.Consumer, PropagatedContext(job));
        if (activity is not null)
        {
            activity.DisplayName = $"job {topic}";
            if (activity.IsAllDataRequested)
            {
                activity.SetTag(TelemetryTags.Topic, topic);
                activity.SetTag(TelemetryTags.WorkerId, workerId);
                activity.SetTag(TelemetryTags.JobId, job.Id);
                activity.SetTag(TelemetryTags.ElementId, job.ElementId);
                activity.SetTag(TelemetryTags.ProcessInstanceId, job.ProcessInstanceId);
                activity.SetTag(TelemetryTags.CaseInstanceId, CaseInstanceId(job));
                activity.SetTag(TelemetryTags.TenantId, string.IsNullOrEmpty(job.TenantId) ? null : job.TenantId);
            }
        }

        var telemetry = new JobTelemetry(activity, topic);
        FlowableInstruments.JobsInFlight.Add(1, telemetry.TopicTags);
        return telemetry;
    }

    /// <summary>The case instance of a CMMN job (its scope id), null for a BPMN job.</summary>
    public static string? CaseInstanceId(ExternalWorkerJob job) => job.IsCmmn ? job.ScopeId : null;

    /// <summary>Records what the handler produced; null means the job is given back unfinished.</summary>
    public void HandlerFinished(WorkerResult? result)
    {
        var outcome = JobOutcome.Of(result);
        var tags = new TagList { { TelemetryTags.Topic, _topic }, { TelemetryTags.Outcome, outcome } };
        FlowableInstruments.HandlerDuration.Record(Stopwatch.GetElapsedTime(_handlerStarted).TotalSeconds, tags);
        FlowableInstruments.OutcomeCounter(outcome).Add(1, TopicTags);
        if (_activity is null)
        {
            return;
        }

        _activity.SetTag(TelemetryTags.Outcome, outcome);
        if (outcome == JobOutcome.Failed)
        {
            _activity.SetStatus(ActivityStatusCode.Error, result?.ErrorMessage);
        }
    }

    public void Dispose()
    {
        FlowableInstruments.JobsInFlight.Add(-1, TopicTags);
        _activity?.Dispose();
    }

    private static ActivityContext PropagatedContext(ExternalWorkerJob job)
    {
        if (!job.TryGetVariable(FlowableWorkersTelemetry.TraceParentVariable, out var traceParent) ||
            traceParent.Value.ValueKind != System.Text.Json.JsonValueKind.String)
        {
            return default;
        }

        string? traceState = null;
        if (job.TryGetVariable(FlowableWorkersTelemetry.TraceStateVariable, out var state) &&
            state.Value.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            traceState = state.Value.GetString();
        }

        return ActivityContext.TryParse(traceParent.Value.GetString(), traceState, isRemote: true, out var context)
            ? context
            : default;
    }
}
