using System.Diagnostics;
using System.Net.Sockets;
using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task An_error_rate_answers_a_seeded_share_of_requests_with_the_status_and_serves_the_rest()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);
        flowable.Faults.FailRequests(0.5, 503, seed: 42);

        var first = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            first.Add((await client.GetAsync("jobs")).StatusCode);
        }

        flowable.Faults.FailRequests(0.5, 503, seed: 42);
        var second = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            second.Add((await client.GetAsync("jobs")).StatusCode);
        }

        Assert.Equal(first, second);
        Assert.Contains(503, first);
        Assert.Contains(200, first);
        Assert.All(first, status => Assert.True(status is 200 or 503));
    }

    [Fact]
    public async Task A_failed_request_is_not_served_so_nothing_changes()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        flowable.Faults.FailRequests(1, 502);

        (await client.PostAsync("acquire/jobs", """{"topic":"simple","lockDuration":"PT1M","workerId":"w"}""")).IsEmpty(502);

        Assert.Null(flowable.GetJob(jobId).LockOwner);
        flowable.Faults.Reset();
        Assert.Single(await client.AcquireAsync("simple"));
    }

    [Fact]
    public async Task An_acquire_outage_fails_acquires_only_until_switched_off()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        flowable.Faults.AcquireOutage = true;

        (await client.PostAsync("acquire/jobs", """{"topic":"simple","lockDuration":"PT1M","workerId":"w"}""")).IsEmpty(503);
        Assert.Equal(200, (await client.GetAsync($"jobs/{jobId}")).StatusCode);

        flowable.Faults.AcquireOutage = false;
        Assert.Single(await client.AcquireAsync("simple"));
    }

    [Fact]
    public async Task Dropped_connections_fail_the_request_without_an_answer()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);
        flowable.Faults.DropConnections(1);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("jobs"));

        Assert.Null(flowable.Requests[^1].StatusCode);
        flowable.Faults.Reset();
        Assert.Equal(200, (await client.GetAsync("jobs")).StatusCode);
    }

    [Fact]
    public async Task Latency_delays_answers()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);
        flowable.Faults.Latency = TimeSpan.FromMilliseconds(300);

        var stopwatch = Stopwatch.StartNew();
        var call = await client.GetAsync("jobs");

        Assert.Equal(200, call.StatusCode);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(250), $"answered after {stopwatch.Elapsed}");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Rates_outside_zero_to_one_are_refused(double rate)
    {
        var faults = new EmulatorFaults();

        Assert.Throws<ArgumentOutOfRangeException>(() => faults.FailRequests(rate));
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.DropConnections(rate));
    }

    [Fact]
    public async Task A_stopped_emulator_refuses_connections_and_serves_the_same_jobs_on_the_same_port_after_restart()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { ContextPath = "/flowable-work" });
        var jobId = flowable.CreateBpmnJob("simple");
        var baseUrl = flowable.BaseUrl;
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        await flowable.StopAsync();

        Assert.False(flowable.IsRunning);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("jobs"));
        Assert.Equal(SocketError.ConnectionRefused, Assert.IsType<SocketException>(refused.InnerException).SocketErrorCode);

        await flowable.StartAsync();

        Assert.True(flowable.IsRunning);
        Assert.Equal(baseUrl, flowable.BaseUrl);
        (await client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"testWorker"}""")).IsEmpty(204);
        Assert.Equal(EmulatorOutcomeKind.Completed, (await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10))).Kind);
    }

    [Fact]
    public async Task Start_and_stop_are_idempotent_and_dispose_stops()
    {
        var flowable = await FlowableEmulator.StartNewAsync();
        await flowable.StartAsync();
        var port = flowable.Port;
        using var client = new EmulatorClient(flowable);
        Assert.Equal(200, (await client.GetAsync("jobs")).StatusCode);

        await flowable.DisposeAsync();
        await flowable.DisposeAsync();

        Assert.False(flowable.IsRunning);
        Assert.Equal(port, flowable.Port);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("jobs"));
    }

    [Fact]
    public async Task Stop_cuts_short_requests_held_by_latency()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);
        flowable.Faults.Latency = TimeSpan.FromMinutes(5);

        var pending = client.GetAsync("jobs");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (flowable.Requests.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var held = Assert.Single(flowable.Requests);
        Assert.Null(held.StatusCode);
        Assert.False(pending.IsCompleted);
        await flowable.StopAsync().WaitAsync(TimeSpan.FromSeconds(4));
        await Assert.ThrowsAsync<HttpRequestException>(() => pending);
    }
}
