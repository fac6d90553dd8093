namespace Flowable.Workers.Typed;

/// <summary>
/// The names under which the SDK publishes traces and metrics: subscribe to them with OpenTelemetry
/// (<c>AddSource(FlowableWorkersTelemetry.Name)</c>, <c>AddMeter(FlowableWorkersTelemetry.Name)</c>) or an
/// <see cref="System.Diagnostics.ActivityListener"/> / <see cref="System.Diagnostics.Metrics.MeterListener"/>.
/// Every name is listed in <c>docs/observability.md</c>.
/// </summary>
public static class FlowableWorkersTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> and of the <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string Name = "Flowable.Workers.Typed";

    /// <summary>The operation name of the span around one acquire request.</summary>
    public const string AcquireActivityName = "flowable.acquire";

    /// <summary>The operation name of the span around one job: the handler and the report of its outcome.</summary>
    public const string JobActivityName = "flowable.job";

    /// <summary>The name of the variable whose W3C <c>traceparent</c> value, when a job carries it, parents the job's span.</summary>
    public const string TraceParentVariable = "traceparent";

    /// <summary>The name of the variable whose W3C <c>tracestate</c> value goes with <see cref="TraceParentVariable"/>.</summary>
    public const string TraceStateVariable = "tracestate";
}
