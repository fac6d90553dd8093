using Flowable.Workers.Typed.Hosting.Tests.Infrastructure;
using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Flowable.Workers.Typed.Hosting.Tests;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task Unhealthy_after_the_configured_failures_in_a_row_and_healthy_again_once_Flowable_answers()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        await using var host = await WorkerHost.StartAsync(
            flowable,
            [ExternalWorkerDefinition.For<TelemetryWorker>()],
            new Dictionary<string, string?> { ["Flowable:UnhealthyAfterPollFailures"] = "3" },
            workersBuilder: builder => builder.AddHealthCheck(tags: ["ready"]));
        var health = host.Services.GetRequiredService<HealthCheckService>();

        await Eventually.WaitAsync(async () => (await health.CheckHealthAsync()).Status == HealthStatus.Healthy, "the check is healthy");
        flowable.Faults.AcquireOutage = true;
        await Eventually.WaitAsync(async () => (await health.CheckHealthAsync()).Status == HealthStatus.Unhealthy, "the check is unhealthy");
        var report = (await health.CheckHealthAsync()).Entries["flowable-workers"];
        flowable.Faults.AcquireOutage = false;
        await Eventually.WaitAsync(async () => (await health.CheckHealthAsync()).Status == HealthStatus.Healthy, "the check is healthy again");

        Assert.Contains("failed in a row; Flowable cannot be reached.", report.Description, StringComparison.Ordinal);
        Assert.True((int)report.Data["consecutivePollFailures"] >= 3);
        Assert.IsType<FlowableServerException>(report.Exception);
        Assert.Equal(["ready"], report.Tags);
    }

    [Fact]
    public async Task Degraded_after_fewer_failures_than_the_threshold()
    {
        await using var client = new ExternalWorkerClient(
            FlowableExternalJobApi.Create(new FlowableApiOptions { FlowableUrl = new Uri("http://127.0.0.1:9") }));
        var check = new FlowableWorkersHealthCheck(client, Options.Create(new FlowableWorkersOptions { UnhealthyAfterPollFailures = 2 }));
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("flowable-workers", check, HealthStatus.Unhealthy, null),
        };

        var healthy = await check.CheckHealthAsync(context);
        client.Health.RecordFailure(new HttpRequestException("Connection refused"));
        var degraded = await check.CheckHealthAsync(context);
        client.Health.RecordFailure(new HttpRequestException("Connection refused"));
        var unhealthy = await check.CheckHealthAsync(context);
        client.Health.RecordSuccess();
        var recovered = await check.CheckHealthAsync(context);

        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal("1 acquire request(s) to Flowable failed in a row (unhealthy at 2).", degraded.Description);
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.Equal("Connection refused", unhealthy.Exception?.Message);
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
    }

    [Fact]
    public async Task The_health_checks_builder_registers_the_check_by_name()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddFlowableWorkers([ExternalWorkerDefinition.For<TelemetryWorker>()]);
        services.AddHealthChecks().AddFlowableWorkers("flowable", HealthStatus.Degraded, ["live"]);
        await using var provider = services.BuildServiceProvider();

        var registration = Assert.Single(provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);

        Assert.Equal("flowable", registration.Name);
        Assert.Equal(HealthStatus.Degraded, registration.FailureStatus);
        Assert.Equal(["live"], registration.Tags);
        Assert.IsType<FlowableWorkersHealthCheck>(registration.Factory(provider));
    }
}
