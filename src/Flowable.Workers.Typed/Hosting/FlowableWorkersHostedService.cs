using Flowable.Workers.Typed.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// Runs every registered worker, each as a subscription of the one <see cref="ExternalWorkerClient"/>, until the host
/// stops. Stopping has two phases: acquiring stops and jobs acquired but not started are given back; running
/// handlers get <see cref="FlowableWorkersOptions.ShutdownGracePeriod"/>, then their token is cancelled and their jobs
/// are given back. A job is never failed because the host stops.
/// </summary>
internal sealed class FlowableWorkersHostedService(
    ExternalWorkerClient client,
    IEnumerable<FlowableWorkerSet> workerSets,
    IOptions<FlowableWorkersOptions> options,
    IServiceScopeFactory scopes,
    ILogger<FlowableWorkersHostedService> logger) : BackgroundService
{
    private readonly List<ExternalWorkerSubscription> _subscriptions = [];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var definitions = FlowableWorkerSet.All(workerSets);
        if (definitions.Count == 0)
        {
            logger.NoWorkers();
        }
        else
        {
            if (!settings.UrlIsSet)
            {
                logger.DefaultHost(settings.Url);
            }

            var authentication = settings.EffectiveAuthentication()?.ToString() ?? "none";
            logger.WorkersStarting(definitions.Count, settings.Url, client.WorkerId, authentication);
        }

        foreach (var definition in definitions)
        {
            var subscriptionOptions = WorkerSubscriptionSettings.For(definition, settings);
            logger.WorkerStarting(
                definition.WorkerType.FullName,
                definition.Topic,
                subscriptionOptions.LockDuration,
                subscriptionOptions.NumberOfTasks,
                subscriptionOptions.MaxConcurrency,
                subscriptionOptions.PollInterval,
                subscriptionOptions.ScopeType);
            _subscriptions.Add(client.Subscribe(
                definition.Topic, JobExecutor.ForScopedWorker(definition, scopes), subscriptionOptions, CancellationToken.None));
        }

        return base.StartAsync(cancellationToken);
    }

    /// <param name="cancellationToken">The host's shutdown timeout: when it fires, calls in flight are abandoned and
    /// the jobs not yet given back return to Flowable when their locks expire.</param>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        logger.WorkersStopping(options.Value.ShutdownGracePeriod);
        await Task.WhenAll(_subscriptions.Select(subscription => subscription.StopAsync(cancellationToken))).ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        logger.WorkersStopped();
    }

    /// <summary>Completes when every subscription has stopped; fails (stopping the host) if one crashes.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_subscriptions.Select(subscription => subscription.Completion));
}
