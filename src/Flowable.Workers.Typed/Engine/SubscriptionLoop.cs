using Flowable.Workers.Typed.Diagnostics;
using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// The loop of one subscription: take free handler slots, acquire at most that many jobs (registered in the
/// subscription's <see cref="HeldJobs"/>), dispatch each one, repeat; on stop, give back what was acquired but not
/// started and drain the running jobs.
/// </summary>
internal sealed class SubscriptionLoop
{
    private readonly string _topic;
    private readonly string _workerId;
    private readonly ExternalWorkerSubscriptionOptions _options;
    private readonly JobHandler _handler;
    private readonly IFlowableExternalJobApi _api;
    private readonly TimeProvider _timeProvider;
    private readonly ConnectionHealth _health;
    private readonly ILogger _logger;

    public SubscriptionLoop(
        string topic,
        string workerId,
        ExternalWorkerSubscriptionOptions options,
        JobHandler handler,
        IFlowableExternalJobApi api,
        TimeProvider timeProvider,
        ConnectionHealth health,
        ILogger logger)
    {
        _topic = topic;
        _workerId = workerId;
        _options = options;
        _handler = handler;
        _api = api;
        _timeProvider = timeProvider;
        _health = health;
        _logger = logger;
    }

    public async Task RunAsync(CancellationToken stopping, CancellationToken aborting)
    {
        using var slots = new HandlerSlots(_options.MaxConcurrency);
        using var jobs = new HeldJobs();
        var poller = new JobPoller(_api, _topic, _workerId, _options, jobs, _timeProvider, _health, _logger);
        var sender = new JobResultSender(
            _api, _workerId, jobs, _options.ErrorBackoffInitialDelay, _options.ErrorBackoffMaxDelay, _timeProvider, _logger);
        using var dispatcher = new JobDispatcher(
            _topic, _workerId, _handler, jobs, sender, new JobReleaser(_api, _workerId, _logger), slots, _options, _timeProvider, _logger);

        _logger.SubscriptionStarted(_topic, _workerId, _options.MaxConcurrency);
        try
        {
            await PollAndDispatchAsync(slots, poller, dispatcher, stopping, aborting).ConfigureAwait(false);
            await dispatcher.DrainAsync(_options.ShutdownGracePeriod, aborting).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborting.IsCancellationRequested)
        {
            // The stop was abandoned: jobs still held return to Flowable when their locks expire.
        }
        catch (Exception exception)
        {
            _logger.SubscriptionCrashed(exception, _topic);
            throw;
        }

        _logger.SubscriptionStopped(_topic);
    }

    private async Task PollAndDispatchAsync(
        HandlerSlots slots,
        JobPoller poller,
        JobDispatcher dispatcher,
        CancellationToken stopping,
        CancellationToken aborting)
    {
        while (!stopping.IsCancellationRequested)
        {
            int taken;
            try
            {
                taken = await slots.TakeAsync(_options.NumberOfTasks, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }

            JobRun[] runs;
            try
            {
                runs = await poller.PollAsync(taken, stopping, aborting).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                slots.Release(taken);
                return;
            }

            slots.Release(taken - runs.Length);
            for (var i = 0; i < runs.Length; i++)
            {
                if (i >= taken)
                {
                    // More jobs than asked for: a misbehaving server; they have no slot to run in.
                    await dispatcher.GiveBackAsync(runs[i], GiveBackReason.NoSlot, holdsSlot: false, aborting).ConfigureAwait(false);
                }
                else if (stopping.IsCancellationRequested)
                {
                    await dispatcher.GiveBackAsync(runs[i], GiveBackReason.Stopping, holdsSlot: true, aborting).ConfigureAwait(false);
                }
                else
                {
                    dispatcher.Dispatch(runs[i], aborting);
                }
            }
        }
    }
}
