using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// Whether the workers reach Flowable: healthy while acquire requests succeed, degraded after a failure, unhealthy
/// after <see cref="FlowableWorkersOptions.UnhealthyAfterPollFailures"/> failures in a row (connection refused,
/// timeouts, 5xx, 401/403). One successful acquire makes it healthy again.
/// </summary>
internal sealed class FlowableWorkersHealthCheck(ExternalWorkerClient client, IOptions<FlowableWorkersOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failures = client.Health.ConsecutiveFailures;
        var data = new Dictionary<string, object>
        {
            ["consecutivePollFailures"] = failures,
            ["workerId"] = client.WorkerId,
        };
        var threshold = options.Value.UnhealthyAfterPollFailures;
        if (failures == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Flowable answers the workers' acquire requests.", data));
        }

        var description = $"{failures} acquire request(s) to Flowable failed in a row";
        var lastFailure = client.Health.LastFailure;
        return Task.FromResult(failures >= threshold
            ? new HealthCheckResult(context.Registration.FailureStatus, $"{description}; Flowable cannot be reached.", lastFailure, data)
            : HealthCheckResult.Degraded($"{description} (unhealthy at {threshold}).", lastFailure, data));
    }
}
