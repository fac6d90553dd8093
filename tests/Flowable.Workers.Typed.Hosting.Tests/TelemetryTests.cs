using System.Diagnostics;
using Flowable.Workers.Typed.Hosting.Tests.Infrastructure;
using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Hosting.Tests;

public sealed class TelemetryTests
{
    private const string Topic = "hosting.telemetry";

    [Fact]
    public async Task Each_job_has_a_span_with_its_ids_and_outcome_parented_by_the_trace_context_it_carries()
    {
        using var telemetry = new TelemetryRecorder();
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { InitialJobRetries = 1 });
        var parent = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        var completed = flowable.CreateBpmnJob(Topic, EmulatorVariable.String("mode", "ok"),
            EmulatorVariable.String("traceparent", $"00-{parent.TraceId}-{parent.SpanId}-01"));
        var bpmnError = flowable.CreateBpmnJob(Topic, EmulatorVariable.String("mode", "bpmnError"));
        var failed = flowable.CreateCmmnJob(Topic, EmulatorVariable.String("mode", "fail"));
        await using var host = await WorkerHost.StartAsync(flowable, [ExternalWorkerDefinition.For<TelemetryWorker>()]);

        await flowable.WaitForOutcomesAsync([completed, bpmnError, failed], Eventually.Timeout);
        await Eventually.WaitAsync(() => telemetry.For(Topic, "flowable.job").Count() == 3, "three job spans end");

        var spans = telemetry.For(Topic, "flowable.job").ToDictionary(span => (string)span.GetTagItem("flowable.job.id")!);
        var completedSpan = spans[completed];
        Assert.Equal($"job {Topic}", completedSpan.DisplayName);
        Assert.Equal(ActivityKind.Consumer, completedSpan.Kind);
        Assert.Equal(parent.TraceId, completedSpan.TraceId);
        Assert.Equal(parent.SpanId, completedSpan.ParentSpanId);
        Assert.Equal("completed", completedSpan.GetTagItem("flowable.outcome"));
        Assert.Equal(flowable.GetJob(completed).ProcessInstanceId, completedSpan.GetTagItem("flowable.process_instance.id"));
        Assert.Equal(WorkerHost.WorkerId, completedSpan.GetTagItem("flowable.worker.id"));
        Assert.Null(completedSpan.GetTagItem("flowable.case_instance.id"));
        Assert.Equal("bpmn_error", spans[bpmnError].GetTagItem("flowable.outcome"));
        Assert.Equal("failed", spans[failed].GetTagItem("flowable.outcome"));
        Assert.Equal(ActivityStatusCode.Error, spans[failed].Status);
        Assert.Equal(flowable.GetJob(failed).ScopeId, spans[failed].GetTagItem("flowable.case_instance.id"));
        Assert.Null(spans[failed].GetTagItem("flowable.process_instance.id"));

        var acquire = Assert.Single(telemetry.For(Topic, "flowable.acquire"), span => (int?)span.GetTagItem("flowable.jobs.count") > 0);
        Assert.Equal($"acquire {Topic}", acquire.DisplayName);
        Assert.Equal(ActivityKind.Client, acquire.Kind);
        Assert.Equal(3, acquire.GetTagItem("flowable.jobs.count"));
        Assert.Equal(4, acquire.GetTagItem("flowable.jobs.requested"));
    }

    [Fact]
    public async Task The_meter_counts_jobs_by_outcome_times_handlers_and_tracks_jobs_in_flight()
    {
        using var telemetry = new TelemetryRecorder();
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { InitialJobRetries = 1 });
        string[] modes = ["ok", "ok", "bpmnError", "fail"];
        var jobIds = modes.Select(mode => flowable.CreateBpmnJob(Topic, EmulatorVariable.String("mode", mode))).ToArray();
        await using var host = await WorkerHost.StartAsync(flowable, [ExternalWorkerDefinition.For<TelemetryWorker>()]);

        await flowable.WaitForOutcomesAsync(jobIds, Eventually.Timeout);
        await Eventually.WaitAsync(() => telemetry.Sum("flowable.jobs.in_flight", Topic) == 0 && telemetry.For(Topic, "flowable.job").Count() == 4,
            "every job has left the worker");

        Assert.Equal(4, telemetry.Sum("flowable.jobs.acquired", Topic));
        Assert.Equal(2, telemetry.Sum("flowable.jobs.completed", Topic));
        Assert.Equal(1, telemetry.Sum("flowable.jobs.bpmn_error", Topic));
        Assert.Equal(1, telemetry.Sum("flowable.jobs.failed", Topic));
        Assert.Equal(0, telemetry.Sum("flowable.jobs.cmmn_terminate", Topic));
        Assert.Equal(4, telemetry.Measurements.Count(m => m.Instrument == "flowable.jobs.in_flight" && m.Tag("flowable.topic") == Topic && m.Value > 0));
        var durations = telemetry.Measurements.Where(m => m.Instrument == "flowable.job.handler.duration" && m.Tag("flowable.topic") == Topic).ToArray();
        Assert.Equal(["bpmn_error", "completed", "completed", "failed"], durations.Select(m => m.Tag("flowable.outcome")).Order(StringComparer.Ordinal));
        Assert.All(durations, m => Assert.InRange(m.Value, 0, 60));

        Assert.Equal("{job}", telemetry.Instruments["flowable.jobs.acquired"].Unit);
        Assert.Equal("s", telemetry.Instruments["flowable.job.handler.duration"].Unit);
        Assert.IsType<System.Diagnostics.Metrics.UpDownCounter<long>>(telemetry.Instruments["flowable.jobs.in_flight"]);
        Assert.IsType<System.Diagnostics.Metrics.Histogram<double>>(telemetry.Instruments["flowable.job.handler.duration"]);
    }

    [Fact]
    public async Task Failed_acquires_count_as_poll_errors_by_status_and_mark_their_span()
    {
        using var telemetry = new TelemetryRecorder();
        await using var flowable = await FlowableEmulator.StartNewAsync();
        flowable.Faults.AcquireOutage = true;
        await using var host = await WorkerHost.StartAsync(flowable, [ExternalWorkerDefinition.For<TelemetryWorker>()]);

        await Eventually.WaitAsync(() => telemetry.Sum("flowable.poll.errors", Topic) >= 2, "two failed acquires are counted");

        Assert.All(
            telemetry.Measurements.Where(m => m.Instrument == "flowable.poll.errors" && m.Tag("flowable.topic") == Topic),
            m => Assert.Equal("503", m.Tag("error.type")));
        var span = telemetry.For(Topic, "flowable.acquire").First();
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("503", span.GetTagItem("error.type"));
    }

    [Fact]
    public async Task Plain_client_subscriptions_are_traced_too_and_log_within_a_job_scope()
    {
        using var telemetry = new TelemetryRecorder();
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { InitialJobRetries = 1 });
        var jobId = flowable.CreateBpmnJob("plain.telemetry");
        var logs = new Microsoft.Extensions.Logging.Testing.FakeLogCollector();
        using var loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder =>
            builder.AddProvider(new Microsoft.Extensions.Logging.Testing.FakeLoggerProvider(logs)));
        await using var client = new ExternalWorkerClient(new ExternalWorkerClientOptions
        {
            FlowableHost = flowable.BaseUrl.ToString(),
            LoggerFactory = loggerFactory,
        });
        await using var subscription = client.Subscribe(
            "plain.telemetry",
            (job, result, ct) => (WorkerResult?)(job.Id.Length > 0 ? throw new InvalidOperationException("boom") : null),
            new ExternalWorkerSubscriptionOptions { PollInterval = TimeSpan.FromMilliseconds(50) });

        await flowable.WaitForOutcomeAsync(jobId, Eventually.Timeout);
        await Eventually.WaitAsync(() => telemetry.For("plain.telemetry", "flowable.job").Any(), "the job span ends");

        Assert.Equal("failed", telemetry.For("plain.telemetry", "flowable.job").Single().GetTagItem("flowable.outcome"));
        var failure = Assert.Single(logs.GetSnapshot(), record => record.Id.Id == 20);
        var scope = Assert.IsAssignableFrom<IEnumerable<KeyValuePair<string, object?>>>(Assert.Single(failure.Scopes));
        var properties = scope.ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.Equal(jobId, properties["JobId"]);
        Assert.Equal("plain.telemetry", properties["Topic"]);
        Assert.Equal(flowable.GetJob(jobId).ProcessInstanceId, properties["ProcessInstanceId"]);
        Assert.Null(properties["CaseInstanceId"]);
    }
}
