using Flowable.Workers.Typed.Diagnostics;
using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// The loop of one subscription: take free handler slots, acquire jobs (registered in the subscription's
/// <see cref="HeldJobs"/>), dispatch as many as slots were taken, keep the rest in the <see cref="JobBuffer"/> (runs
/// that end start them in their slots), acquire again once the buffer is empty; on stop, give back what was acquired
/// but not started and drain the running jobs.
/// </summary>
/// <remarks>
/// An acquire asks for more jobs than it has free slots (up to NumberOfTasks) only as far as the pace of earlier runs
/// says they will start with most of their lock left, so a fast worker with few slots batches like a plain loop
/// while a slow one does not hoard jobs other workers could run. A buffered job whose wait outlasted half its lock
/// is given back instead of started. Running handlers never exceed MaxConcurrency; jobs held but not running never
/// exceed NumberOfTasks − 1.
/// </remarks>
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
        var slots = new HandlerSlots(_options.MaxConcurrency);
        var buffer = new JobBuffer(stopping);
        using var jobs = new HeldJobs();
        var sender = new JobResultSender(
            _api, _workerId, jobs, _options.ErrorBackoffInitialDelay, _options.ErrorBackoffMaxDelay, _timeProvider, _logger);
        using var dispatcher = new JobDispatcher(
            _topic, _workerId, _handler, jobs, sender, new JobReleaser(_api, _workerId, _logger), slots, buffer, _options, _timeProvider, _logger);
        var poller = new JobPoller(_api, _topic, _workerId, _options, jobs, _timeProvider, _health, _logger, dispatcher.HandlersCancelled);

        _logger.SubscriptionStarted(_topic, _workerId, _options.MaxConcurrency);
        try
        {
            var polling = PollAndDispatchAsync(slots, buffer, poller, dispatcher, stopping, aborting);
            // The drain starts at the stop, not when the loop ends: with one slot the loop runs each job's synchronous
            // part itself, and a handler blocking there is only cancelled by the drain.
            await polling.WaitAsync(stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await dispatcher.DrainAsync(_options.ShutdownGracePeriod, polling, aborting).ConfigureAwait(false);
            await polling.ConfigureAwait(false);
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
        JobBuffer buffer,
        JobPoller poller,
        JobDispatcher dispatcher,
        CancellationToken stopping,
        CancellationToken aborting)
    {
        try
        {
            await PollAndDispatchLoopAsync(slots, buffer, poller, dispatcher, stopping, aborting).ConfigureAwait(false);
        }
        finally
        {
            await GiveBackWaitingAsync(dispatcher, buffer.Close(), aborting).ConfigureAwait(false);
        }
    }

    private async Task PollAndDispatchLoopAsync(
        HandlerSlots slots,
        JobBuffer buffer,
        JobPoller poller,
        JobDispatcher dispatcher,
        CancellationToken stopping,
        CancellationToken aborting)
    {
        var waitBudget = BatchDeadline.WaitBudget(_options.LockDuration);
        while (!stopping.IsCancellationRequested)
        {
            int taken;
            try
            {
                var buffered = buffer.Count;
                taken = await slots.TakeAsync(buffered > 0 ? buffered : _options.NumberOfTasks, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }

            if (buffer.Count > 0)
            {
                // Slots freed while jobs wait: a run that ended with none left to take, as the buffer filled.
                await dispatcher.StartBufferedAsync(taken, aborting).ConfigureAwait(false);
                continue;
            }

            var wanted = (int)Math.Min(_options.NumberOfTasks, (long)taken + dispatcher.Pace.JobsThatCanWait(waitBudget, slots.Capacity));
            JobRun[] runs;
            try
            {
                runs = await poller.PollAsync(wanted, stopping, aborting).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                slots.Release(taken);
                return;
            }

            var starting = Math.Min(taken, runs.Length);
            slots.Release(taken - starting);
            // The jobs beyond the free slots go to the buffer first, so that a run that ends early takes the next one.
            for (var i = starting; i < runs.Length; i++)
            {
                if (i >= wanted)
                {
                    // More jobs than asked for: a misbehaving server; they have no slot to run in.
                    await dispatcher.GiveBackAsync(runs[i], GiveBackReason.NoSlot, holdsSlot: false, aborting).ConfigureAwait(false);
                }
                else if (stopping.IsCancellationRequested)
                {
                    await dispatcher.GiveBackAsync(runs[i], GiveBackReason.Stopping, holdsSlot: false, aborting).ConfigureAwait(false);
                }
                else
                {
                    buffer.Add(runs[i]);
                }
            }

            for (var i = 0; i < starting; i++)
            {
                if (stopping.IsCancellationRequested)
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

    /// <summary>On stop, gives back the buffered jobs that never started (or, when the stop is abandoned, just forgets them).</summary>
    private static async Task GiveBackWaitingAsync(JobDispatcher dispatcher, JobRun[] waiting, CancellationToken aborting)
    {
        foreach (var run in waiting)
        {
            if (aborting.IsCancellationRequested)
            {
                dispatcher.Forget(run);
            }
            else
            {
                await dispatcher.GiveBackAsync(run, GiveBackReason.Stopping, holdsSlot: false, aborting).ConfigureAwait(false);
            }
        }
    }
}
