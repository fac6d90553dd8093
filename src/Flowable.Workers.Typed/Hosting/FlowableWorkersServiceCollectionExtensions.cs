using Flowable.Workers.Typed;
using Flowable.Workers.Typed.Hosting;
using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers typed Flowable workers to run in the generic host (or ASP.NET Core).</summary>
public static class FlowableWorkersServiceCollectionExtensions
{
    /// <summary>The name of the <c>IHttpClientFactory</c> client the workers use.</summary>
    public const string HttpClientName = "Flowable.Workers.Typed";

    /// <summary>
    /// Registers <paramref name="workers"/> (usually the generated <c>ExternalWorkers.All</c> of your assembly) and one
    /// hosted service that runs them, each job in a new DI scope; the <see cref="ExternalWorkerClient"/> and its
    /// <c>IFlowableExternalJobApi</c> (Refit, through <c>IHttpClientFactory</c>); and the options, bound from the
    /// configuration section <c>"Flowable"</c>, then changed by <paramref name="configure"/>, validated at start-up.
    /// Call it again to add the workers of another assembly; they share the client and the hosted service.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="workers">The worker definitions to run.</param>
    /// <param name="configure">Changes the options after configuration is bound.</param>
    /// <returns>A builder to add the health check or HTTP handlers.</returns>
    public static FlowableWorkersBuilder AddFlowableWorkers(
        this IServiceCollection services,
        IEnumerable<ExternalWorkerDefinition> workers,
        Action<FlowableWorkersOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(workers);
        var definitions = workers.ToArray();
        if (Array.IndexOf(definitions, null) >= 0)
        {
            throw new ArgumentException("The list of workers contains null.", nameof(workers));
        }

        services.AddSingleton(new FlowableWorkerSet(definitions));
        var httpClient = services.Any(descriptor => descriptor.ServiceType == typeof(FlowableWorkersHostedService))
            ? services.AddHttpClient(HttpClientName)
            : AddRuntime(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return new FlowableWorkersBuilder(services, httpClient);
    }

    private static IHttpClientBuilder AddRuntime(IServiceCollection services)
    {
        services.AddOptions<FlowableWorkersOptions>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<FlowableWorkersOptions>, FlowableWorkersConfigurationSetup>();
        services.AddSingleton<IValidateOptions<FlowableWorkersOptions>, FlowableWorkersOptionsValidator>();
        services.TryAddSingleton(provider => new ExternalWorkerClient(
            provider.GetRequiredService<IFlowableExternalJobApi>(),
            provider.GetRequiredService<IOptions<FlowableWorkersOptions>>().Value.WorkerId,
            provider.GetService<ILoggerFactory>(),
            provider.GetService<TimeProvider>()));
        services.AddSingleton<FlowableWorkersHostedService>();
        services.AddHostedService(provider => provider.GetRequiredService<FlowableWorkersHostedService>());

        // Refit's client over the factory's named client (without Refit.HttpClientFactory, whose net8.0 dependencies
        // are 10.x Microsoft.Extensions packages).
        services.AddTransient(provider => FlowableExternalJobApi.Create(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        return services
            .AddHttpClient(HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<FlowableWorkersOptions>>().Value;
                client.BaseAddress = FlowableExternalJobApi.GetApiAddress(new Uri(options.Url));
                client.Timeout = options.RequestTimeout;
                FlowableExternalJobApi.AddUserAgent(client);
            })
            // The client lives as long as the host: connections are recycled by the handler (DNS changes), not by the factory.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The factory's default loggers put raw header values (the Authorization header) into the structured state
            // of Trace records, and log every poll; the SDK logs what matters itself.
            .RemoveAllLoggers()
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<FlowableWorkersOptions>>().Value;
                if (options.EffectiveAuthentication() is { } authentication)
                {
                    handlers.Add(authentication.CreateHandler());
                }
            });
    }
}
