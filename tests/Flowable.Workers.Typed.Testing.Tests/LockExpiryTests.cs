using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>§3: expired locks are cleared by a periodic sweep, not at the expiry instant.</summary>
public sealed class LockExpiryTests
{
    [Fact]
    public async Task The_sweep_frees_an_expired_lock_without_using_a_retry_and_the_old_owner_loses_it()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple", "slowWorker", "PT30S");

        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Empty(await client.AcquireAsync("simple", "fastWorker"));
        Assert.Equal("slowWorker", flowable.GetJob(jobId).LockOwner);

        clock.Advance(TimeSpan.FromSeconds(29));

        Assert.Null(flowable.GetJob(jobId).LockOwner);
        var reacquired = Assert.Single(await client.AcquireAsync("simple", "fastWorker"));
        Assert.Equal(3, reacquired!["retries"]!.GetValue<int>());
        (await client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"slowWorker"}"""))
            .IsError(403, "Forbidden", "slowWorker does not hold a lock on the requested job");
        var reset = Assert.Single(flowable.GetJob(jobId).History, e => e.Kind == EmulatorJobEventKind.LockReset);
        Assert.Equal("slowWorker", reset.WorkerId);
    }

    [Fact]
    public async Task A_lock_that_has_not_expired_survives_the_sweep()
    {
        var clock = Clock.AtServerTestTime();
        await using var flowable = await Clock.StartEmulatorAsync(clock);
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple", lockDuration: "PT10M");

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("testWorker", flowable.GetJob(jobId).LockOwner);
        Assert.Equal(0, flowable.SweepExpiredLocks());
    }

    [Fact]
    public async Task With_the_real_clock_the_default_short_sweep_frees_expired_locks()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple", lockDuration: "PT0.05S");

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (flowable.GetJob(jobId).LockOwner is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Null(flowable.GetJob(jobId).LockOwner);
        Assert.Single(await client.AcquireAsync("simple", "another"));
    }
}
