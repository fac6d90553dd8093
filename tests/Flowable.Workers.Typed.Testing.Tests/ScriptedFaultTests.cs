using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>Faults for chosen requests: the Nth call of an endpoint, and answers lost after the request was applied.</summary>
public sealed class ScriptedFaultTests
{
    [Fact]
    public async Task A_lost_answer_applies_the_request_and_then_drops_the_connection()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");
        flowable.Faults.Script(EmulatorEndpoint.Complete, 1, EmulatorFault.DropAnswer());

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"testWorker"}"""));

        Assert.Equal(EmulatorOutcomeKind.Completed, (await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10))).Kind);
        var request = flowable.Requests[^1];
        Assert.True(request.AnswerLost);
        Assert.Equal(204, request.StatusCode);
        Assert.Equal(404, (await client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"testWorker"}""")).StatusCode);
    }

    [Fact]
    public async Task A_scripted_status_hits_only_the_chosen_call_of_the_chosen_endpoint()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);
        flowable.Faults.Script(EmulatorEndpoint.ListJobs, 2, EmulatorFault.Status(500));

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync("jobs")).StatusCode);
        }

        Assert.Equal([200, 500, 200], statuses);
        Assert.Equal(3, flowable.Faults.CallsTo(EmulatorEndpoint.ListJobs));
        Assert.Equal(0, flowable.Faults.CallsTo(EmulatorEndpoint.Acquire));
    }

    [Fact]
    public async Task A_scripted_drop_leaves_the_job_unchanged_and_a_range_covers_every_call_in_it()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        flowable.Faults.Script(EmulatorEndpoint.Acquire, 1, 2, EmulatorFault.Drop());

        await Assert.ThrowsAsync<HttpRequestException>(() => client.AcquireAsync("simple"));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.AcquireAsync("simple"));

        Assert.Null(flowable.GetJob(jobId).LockOwner);
        Assert.Equal(jobId, await client.AcquireOneAsync("simple"));
    }

    [Fact]
    public async Task A_lost_answer_rate_applies_every_chosen_request()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        flowable.Faults.DropAnswers(1);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.AcquireAsync("simple"));

        Assert.Equal("testWorker", flowable.GetJob(jobId).LockOwner);
        flowable.Faults.Reset();
        Assert.Empty(await client.AcquireAsync("simple"));
    }

    [Fact]
    public void Calls_are_counted_from_one()
    {
        var faults = new EmulatorFaults();

        Assert.Throws<ArgumentOutOfRangeException>(() => faults.Script(EmulatorEndpoint.Fail, 0, EmulatorFault.Drop()));
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.DropAnswers(1.5));
    }
}
