using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Tests.Client;

public sealed class SubscriptionOutcomeTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Returning_null_completes_the_job_without_variables(bool bpmn)
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = bpmn ? flowable.Emulator.CreateBpmnJob("greet") : flowable.Emulator.CreateCmmnJob("greet");

        await using var subscription = flowable.Client.Subscribe("greet", (job, result, ct) => null, EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(EmulatedFlowable.WorkerId, outcome.WorkerId);
        Assert.Empty(outcome.Variables);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_async_handler_completes_BPMN_and_CMMN_jobs_with_the_variables_it_sets(bool bpmn)
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var name = EmulatorVariable.String("name", "Ada");
        var jobId = bpmn ? flowable.Emulator.CreateBpmnJob("greet", name) : flowable.Emulator.CreateCmmnJob("greet", name);

        await using var subscription = flowable.Client.Subscribe(
            "greet",
            async (job, result, ct) =>
            {
                await Task.Yield();
                return result.Success()
                    .Variable("greeting", $"Hello {job.GetVariable<string>("name")}")
                    .Variable("wasBpmn", job.IsBpmn);
            },
            EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(EmulatorVariable.String("greeting", "Hello Ada"), outcome.Variable("greeting"));
        Assert.Equal(EmulatorVariable.Boolean("wasBpmn", bpmn), outcome.Variable("wasBpmn"));
    }

    [Fact]
    public async Task A_BPMN_error_reaches_Flowable_with_its_code_and_variables()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("charge", EmulatorVariable.Integer("amount", 5000));

        await using var subscription = flowable.Client.Subscribe(
            "charge",
            (job, result, ct) => result.BpmnError("limitExceeded").Variable("limit", 1000),
            EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.BpmnError, outcome.Kind);
        Assert.Equal("limitExceeded", outcome.ErrorCode);
        Assert.Equal(EmulatorVariable.Integer("limit", 1000), outcome.Variable("limit"));
    }

    [Fact]
    public async Task A_CMMN_terminate_reaches_Flowable_with_its_variables()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateCmmnJob("review");

        await using var subscription = flowable.Client.Subscribe(
            "review",
            (job, result, ct) => result.CmmnTerminate().Variable("reason", "duplicate"),
            EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.CmmnTerminated, outcome.Kind);
        Assert.Equal(EmulatorVariable.String("reason", "duplicate"), outcome.Variable("reason"));
    }

    [Fact]
    public async Task A_failure_sends_its_message_details_retries_and_retry_timeout()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("charge");
        var handled = 0;

        await using var subscription = flowable.Client.Subscribe(
            "charge",
            (job, result, ct) =>
            {
                Interlocked.Increment(ref handled);
                return result.Failure()
                    .Message("Card declined")
                    .Details("gateway said 402")
                    .Retries(7)
                    .RetryTimeout(TimeSpan.FromHours(1));
            },
            EmulatedFlowable.FastOptions());
        await EmulatedFlowable.WaitUntilAsync(
            () => flowable.Emulator.GetJob(jobId).History.Any(e => e.Kind == EmulatorJobEventKind.Failed), "the job failed");

        var failure = flowable.Emulator.GetJob(jobId).History.Single(e => e.Kind == EmulatorJobEventKind.Failed);
        Assert.Equal("Card declined", failure.ErrorMessage);
        Assert.Equal("gateway said 402", failure.ErrorDetails);
        Assert.Equal(7, failure.RequestedRetries);
        Assert.Equal(TimeSpan.FromHours(1), failure.RetryTimeout);
        Assert.Equal(7, flowable.Emulator.GetJob(jobId).Retries);
        Assert.Equal(1, handled);
    }

    [Fact]
    public async Task A_failure_with_no_retries_left_dead_letters_the_job()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("charge");

        await using var subscription = flowable.Client.Subscribe(
            "charge",
            (job, result, ct) => result.Failure().Message("Card stolen").Retries(0),
            EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Equal("Card stolen", outcome.ErrorMessage);
    }

    [Fact]
    public async Task A_BPMN_error_thrown_for_a_CMMN_job_fails_the_job_by_the_same_rule_as_the_builder_without_asking_Flowable()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 1 });
        var jobId = flowable.Emulator.CreateCmmnJob("charge");

        await using var subscription = flowable.Client.Subscribe(
            "charge", (job, result, ct) => Throw(new BpmnErrorException("oops")), EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Equal($"Job {jobId} is not a BPMN job (scope type 'cmmn'): only BPMN jobs can end with a BPMN error.", outcome.ErrorMessage);
        Assert.Empty(flowable.RequestsTo($"/acquire/jobs/{jobId}/bpmnError"));
    }

    [Fact]
    public async Task A_BPMN_error_built_for_a_CMMN_job_fails_the_job_without_asking_Flowable()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { InitialJobRetries = 1 });
        var jobId = flowable.Emulator.CreateCmmnJob("charge");

        await using var subscription = flowable.Client.Subscribe(
            "charge", (job, result, ct) => result.BpmnError("oops"), EmulatedFlowable.FastOptions());
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Equal($"Job {jobId} is not a BPMN job (scope type 'cmmn'): only BPMN jobs can end with a BPMN error.", outcome.ErrorMessage);
        Assert.Empty(flowable.RequestsTo($"/acquire/jobs/{jobId}/bpmnError"));
    }

    [Fact]
    public async Task Only_jobs_of_the_subscribed_topic_and_scope_type_are_acquired()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var otherTopic = flowable.Emulator.CreateBpmnJob("other");
        var processJob = flowable.Emulator.CreateBpmnJob("mixed");
        var caseJob = flowable.Emulator.CreateCmmnJob("mixed");
        var options = EmulatedFlowable.FastOptions();
        options.ScopeType = ScopeType.Cmmn;

        await using var subscription = flowable.Client.Subscribe("mixed", (job, result, ct) => null, options);
        await flowable.Emulator.WaitForOutcomeAsync(caseJob, EmulatedFlowable.Timeout);
        await subscription.StopAsync();

        Assert.True(flowable.Emulator.GetJob(processJob).IsActive);
        Assert.True(flowable.Emulator.GetJob(otherTopic).IsActive);
        var acquire = flowable.RequestsTo("/acquire/jobs")[0].JsonBody!.AsObject();
        Assert.Equal("cmmn", (string?)acquire["scopeType"]);
        Assert.Equal("PT1M", (string?)acquire["lockDuration"]);
        Assert.Equal(JsonValue.Create(5).ToJsonString(), acquire["numberOfRetries"]!.ToJsonString());
    }

    private static WorkerResult? Throw(Exception exception) => throw exception;
}
