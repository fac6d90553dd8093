using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>What <c>AddFlowableWorkers</c> returns: more configuration of the hosted workers.</summary>
public sealed class FlowableWorkersBuilder
{
    internal FlowableWorkersBuilder(IServiceCollection services, IHttpClientBuilder httpClient)
    {
        Services = services;
        HttpClient = httpClient;
    }

    /// <summary>The application's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The <c>IHttpClientFactory</c> client the workers talk to Flowable through: add handlers (resilience, logging, a proxy) here.</summary>
    public IHttpClientBuilder HttpClient { get; }

    /// <summary>Changes the options after configuration is bound (code wins over configuration).</summary>
    public FlowableWorkersBuilder Configure(Action<FlowableWorkersOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Adds the health check (see <see cref="FlowableHealthChecksBuilderExtensions.AddFlowableWorkers"/>).</summary>
    public FlowableWorkersBuilder AddHealthCheck(
        string name = FlowableHealthChecksBuilderExtensions.DefaultName,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null)
    {
        Services.AddHealthChecks().AddFlowableWorkers(name, failureStatus, tags);
        return this;
    }
}
