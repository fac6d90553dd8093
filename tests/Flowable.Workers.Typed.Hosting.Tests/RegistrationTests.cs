using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Flowable.Workers.Typed.Hosting.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Registers_the_client_through_the_http_client_factory_and_one_hosted_service()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddFlowableWorkers([ExternalWorkerDefinition.For<ScopedWorker>()], options =>
        {
            options.Url = "http://flowable.example:8090/flowable-work/";
            options.RequestTimeout = TimeSpan.FromSeconds(7);
        });
        await using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<IFlowableExternalJobApi>());
        Assert.Same(provider.GetRequiredService<ExternalWorkerClient>(), provider.GetRequiredService<ExternalWorkerClient>());
        Assert.Single(provider.GetServices<IHostedService>().OfType<FlowableWorkersHostedService>());
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(FlowableWorkersServiceCollectionExtensions.HttpClientName);
        Assert.Equal(new Uri("http://flowable.example:8090/flowable-work/external-job-api"), http.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(7), http.Timeout);
    }

    [Fact]
    public async Task A_second_call_adds_its_workers_to_the_same_hosted_service_and_client()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddFlowableWorkers([ExternalWorkerDefinition.For<ScopedWorker>()]);
        services.AddFlowableWorkers([ExternalWorkerDefinition.For<ChargeCardWorker>()]);
        await using var provider = services.BuildServiceProvider();

        Assert.Single(provider.GetServices<IHostedService>());
        Assert.Equal(
            ["hosting.scoped", "chargeCard"],
            FlowableWorkerSet.All(provider.GetServices<FlowableWorkerSet>()).Select(definition => definition.Topic));
    }

    [Fact]
    public async Task The_generated_registry_registers_every_worker_of_the_assembly()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddFlowableWorkers(ExternalWorkers.All);
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(
            ["chargeCard", "hosting.gated", "hosting.scoped", "hosting.telemetry"],
            FlowableWorkerSet.All(provider.GetServices<FlowableWorkerSet>()).Select(definition => definition.Topic).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_null_worker_is_rejected_with_a_clear_message()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddFlowableWorkers([null!]));

        Assert.StartsWith("The list of workers contains null.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_configuration_wins_over_the_configuration_section()
    {
        await using var host = Infrastructure.WorkerHost.Create(
            null,
            [ExternalWorkerDefinition.For<ChargeCardWorker>()],
            new Dictionary<string, string?> { ["Flowable:WorkerId"] = "from-configuration", ["Flowable:MaxConcurrency"] = "2" },
            workersBuilder: builder => builder.Configure(options => options.WorkerId = "from-code"));

        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FlowableWorkersOptions>>().Value;

        Assert.Equal("from-code", options.WorkerId);
        Assert.Equal(2, options.Defaults.MaxConcurrency);
        Assert.Equal("from-code", host.Services.GetRequiredService<ExternalWorkerClient>().WorkerId);
    }
}
