using Flowable.Workers.Typed;
using Flowable.Workers.Typed.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Flowable workers' health check with ASP.NET Core / generic-host health checks.</summary>
public static class FlowableHealthChecksBuilderExtensions
{
    /// <summary>The default name of the health check.</summary>
    public const string DefaultName = "flowable-workers";

    /// <summary>
    /// Adds a check that is unhealthy when the workers registered with <c>AddFlowableWorkers</c> cannot reach Flowable
    /// (<c>Flowable:UnhealthyAfterPollFailures</c> failed acquire requests in a row, default 3).
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="failureStatus">What to report when Flowable cannot be reached; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by (for example <c>"ready"</c>).</param>
    public static IHealthChecksBuilder AddFlowableWorkers(
        this IHealthChecksBuilder builder,
        string name = DefaultName,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new FlowableWorkersHealthCheck(
                services.GetRequiredService<ExternalWorkerClient>(),
                services.GetRequiredService<IOptions<FlowableWorkersOptions>>()),
            failureStatus,
            tags));
    }
}
