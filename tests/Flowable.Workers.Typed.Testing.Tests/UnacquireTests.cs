using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>E8 and E9 (Flowable 7.0+), mirroring <c>ExternalWorkerUnacquireJobResourceTest</c>.</summary>
public sealed class UnacquireTests
{
    [Fact]
    public async Task Unacquire_all_releases_every_job_of_the_worker_only()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var bpmn = flowable.CreateBpmnJob("simple");
        var cmmn = flowable.CreateCmmnJob("simple");
        var others = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireAsync("simple", "testWorker", numberOfTasks: 2);
        await client.AcquireOneAsync("simple", "otherWorker");

        (await client.PostAsync("unacquire/jobs", """{"workerId":"testWorker"}""")).IsEmpty(204);

        Assert.All([flowable.GetJob(bpmn), flowable.GetJob(cmmn)], job => Assert.Equal((null, null), (job.LockOwner, job.LockExpirationTime)));
        Assert.Equal("otherWorker", flowable.GetJob(others).LockOwner);
        Assert.Equal(2, (await client.AcquireAsync("simple", "third", numberOfTasks: 5)).Count);
    }

    [Fact]
    public async Task Unacquire_all_for_an_unknown_worker_is_a_no_op()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync("unacquire/jobs", """{"workerId":"wrongWorker"}""")).IsEmpty(204);

        Assert.Equal("testWorker", flowable.GetJob(jobId).LockOwner);
    }

    [Fact]
    public async Task Unacquire_with_the_right_tenant_releases_and_with_a_wrong_one_releases_nothing()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var acme = flowable.CreateJob(EmulatorJobDefinition.Bpmn("simple") with { TenantId = "acme" });
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync("unacquire/jobs", """{"workerId":"testWorker","tenantId":"other"}"""))
            .IsBadRequest("provided worker id has external worker jobs from different tenant.");
        Assert.Equal("testWorker", flowable.GetJob(acme).LockOwner);

        (await client.PostAsync("unacquire/jobs", """{"workerId":"testWorker","tenantId":"acme"}""")).IsEmpty(204);
        Assert.Null(flowable.GetJob(acme).LockOwner);
    }

    [Theory]
    [InlineData("unacquire/jobs")]
    [InlineData("unacquire/jobs/some-job")]
    public async Task A_missing_worker_id_is_worded_worker_id(string path)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.PostAsync(path, "{}")).IsBadRequest("worker id is required");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Unacquire_one_releases_the_job_for_its_owner(bool cmmn)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = cmmn ? flowable.CreateCmmnJob("simple") : flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync($"unacquire/jobs/{jobId}", """{"workerId":"otherWorker"}"""))
            .IsError(403, "Forbidden", "otherWorker does not hold a lock on the requested job");
        (await client.PostAsync($"unacquire/jobs/{jobId}", """{"workerId":"testWorker"}""")).IsEmpty(204);

        JsonAssert.Contains("""{"lockOwner":null,"lockExpirationTime":null,"retries":3}""", (await client.GetAsync($"jobs/{jobId}")).Json);
        Assert.Equal(EmulatorJobEventKind.Unacquired, flowable.GetJob(jobId).History[^1].Kind);
    }

    [Fact]
    public async Task Unacquire_of_an_unknown_job_is_not_found()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.PostAsync("unacquire/jobs/invalid", """{"workerId":"testWorker"}"""))
            .IsError(404, "Not found", "Could not find external worker job with id 'invalid'.");
    }

    [Theory]
    [InlineData("unacquire/jobs")]
    [InlineData("unacquire/jobs/some-job")]
    public async Task A_pre_7_0_server_has_no_unacquire_paths(string path)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { SupportsUnacquire = false });
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        (await client.PostAsync(path.Replace("some-job", jobId, StringComparison.Ordinal), """{"workerId":"testWorker"}""")).IsEmpty(404);

        Assert.Equal("testWorker", flowable.GetJob(jobId).LockOwner);
    }
}
