using System.Collections.Concurrent;
using Flowable.Workers.Typed.Hosting.Tests.Infrastructure;
using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Flowable.Workers.Typed.Hosting.Tests;

public sealed class HostedWorkerTests
{
    [Fact]
    public async Task Each_job_runs_in_its_own_scope_whose_services_are_disposed_after_it()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobIds = Enumerable.Range(1, 6)
            .Select(i => flowable.CreateBpmnJob("hosting.scoped", EmulatorVariable.String("name", $"user{i}")))
            .ToArray();
        var seen = new ConcurrentBag<JobScopeProbe>();
        await using var host = await WorkerHost.StartAsync(
            flowable,
            [ExternalWorkerDefinition.For<ScopedWorker>()],
            services: services => services.AddScoped<JobScopeProbe>().AddSingleton(seen));

        var outcomes = await flowable.WaitForOutcomesAsync(jobIds, Eventually.Timeout);

        Assert.All(outcomes, outcome => Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind));
        Assert.All(outcomes, outcome => Assert.Equal("true", outcome.Variable("sameInScope").Value!.ToJsonString()));
        Assert.Equal(6, outcomes.Select(outcome => outcome.Variable("probeId").Value!.ToString()).Distinct().Count());
        Assert.Equal("\"Hello user1\"", outcomes.Single(outcome => outcome.JobId == jobIds[0]).Variable("greeting").Value!.ToJsonString());
        Assert.All(seen, probe => Assert.True(probe.IsDisposed));
    }

    [Fact]
    public async Task Credentials_from_configuration_authenticate_the_requests()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { Authentication = EmulatorAuthentication.BearerToken("cloud-pat") });
        var jobId = flowable.CreateBpmnJob("chargeCard", EmulatorVariable.BigDecimal("amount", 12.5m));
        await using var host = await WorkerHost.StartAsync(
            flowable,
            [ExternalWorkerDefinition.For<ChargeCardWorker>()],
            new Dictionary<string, string?> { ["Flowable:Auth:CloudToken"] = "cloud-pat" });

        var outcome = await flowable.WaitForOutcomeAsync(jobId, Eventually.Timeout);

        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(WorkerHost.WorkerId, outcome.WorkerId);
        Assert.Equal("true", outcome.Variable("charged").Value!.ToJsonString());
    }

    [Fact]
    public async Task A_worker_whose_service_is_missing_fails_its_jobs_and_the_host_keeps_running()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { InitialJobRetries = 1 });
        var jobId = flowable.CreateBpmnJob("hosting.scoped", EmulatorVariable.String("name", "Ada"));
        await using var host = await WorkerHost.StartAsync(flowable, [ExternalWorkerDefinition.For<ScopedWorker>()]);

        var outcome = await flowable.WaitForOutcomeAsync(jobId, Eventually.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcome.Kind);
        Assert.Contains("needs a service of type", outcome.ErrorMessage, StringComparison.Ordinal);
        var next = flowable.CreateBpmnJob("hosting.scoped", EmulatorVariable.String("name", "Grace"));
        Assert.Equal(EmulatorOutcomeKind.DeadLettered, (await flowable.WaitForOutcomeAsync(next, Eventually.Timeout)).Kind);
    }
}
