using Flowable.Workers.Typed.Diagnostics;
using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// The loop of one subscription: take free handler slots, acquire jobs (registered in the subscription's
/// <see cref="HeldJobs"/>), dispatch as many as slots were taken, keep the rest in a local buffer and start them as
/// slots free up, acquire again once the buffer is empty; on stop, give back what was acquired but not started and
/// drain the running jobs.
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
        using var jobs = new HeldJobs();
        var sender = new JobResultSender(
            _api, _workerId, jobs, _options.ErrorBackoffInitialDelay, _options.ErrorBackoffMaxDelay, _timeProvider, _logger);
        using var dispatcher = new JobDispatcher(
            _topic, _workerId, _handler, jobs, sender, new JobReleaser(_api, _workerId, _logger), slots, _options, _timeProvider, _logger);
        var poller = new JobPoller(_api, _topic, _workerId, _options, jobs, _timeProvider, _health, _logger, dispatcher.HandlersCancelled);

        _logger.SubscriptionStarted(_topic, _workerId, _options.MaxConcurrency);
        try
        {
            var polling = PollAndDispatchAsync(slots, poller, dispatcher, stopping, aborting);
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
        JobPoller poller,
        JobDispatcher dispatcher,
        CancellationToken stopping,
        CancellationToken aborting)
    {
        var waiting = new Queue<JobRun>();
        try
        {
            await PollAndDispatchAsync(slots, poller, dispatcher, waiting, stopping, aborting).ConfigureAwait(false);
        }
        finally
        {
            await GiveBackWaitingAsync(dispatcher, waiting, aborting).ConfigureAwait(false);
        }
    }

    private async Task PollAndDispatchAsync(
        HandlerSlots slots,
        JobPoller poller,
        JobDispatcher dispatcher,
        Queue<JobRun> waiting,
        CancellationToken stopping,
        CancellationToken aborting)
    {
        var waitBudget = BatchDeadline.WaitBudget(_options.LockDuration);
        while (!stopping.IsCancellationRequested)
        {
            int taken;
            try
            {
                taken = await slots.TakeAsync(waiting.Count > 0 ? waiting.Count : _options.NumberOfTasks, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }

            if (waiting.Count > 0)
            {
                await StartWaitingAsync(slots, dispatcher, waiting, taken, stopping, aborting).ConfigureAwait(false);
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
            for (var i = 0; i < runs.Length; i++)
            {
                if (i >= wanted)
                {
                    // More jobs than asked for: a misbehaving server; they have no slot to run in.
                    await dispatcher.GiveBackAsync(runs[i], GiveBackReason.NoSlot, holdsSlot: false, aborting).ConfigureAwait(false);
                }
                else if (stopping.IsCancellationRequested)
                {
                    await dispatcher.GiveBackAsync(runs[i], GiveBackReason.Stopping, holdsSlot: i < starting, aborting).ConfigureAwait(false);
                }
                else if (i < starting)
                {
                    dispatcher.Dispatch(runs[i], aborting);
                }
                else
                {
                    waiting.Enqueue(runs[i]);
                }
            }
        }
    }

    /// <summary>Starts up to <paramref name="taken"/> buffered jobs in the slots taken for them; gives back those whose lock ran low.</summary>
    private async Task StartWaitingAsync(
        HandlerSlots slots,
        JobDispatcher dispatcher,
        Queue<JobRun> waiting,
        int taken,
        CancellationToken stopping,
        CancellationToken aborting)
    {
        for (var i = 0; i < taken; i++)
        {
            if (stopping.IsCancellationRequested)
            {
                slots.Release(taken - i);
                return;
            }

            var run = waiting.Dequeue();
            if (!run.Deadline.MayStart(_timeProvider.GetUtcNow()))
            {
                await dispatcher.GiveBackAsync(run, GiveBackReason.WaitedTooLong, holdsSlot: true, aborting).ConfigureAwait(false);
            }
            else
            {
                dispatcher.Dispatch(run, aborting);
            }
        }
    }

    /// <summary>On stop, gives back the buffered jobs that never started (or, when the stop is abandoned, just forgets them).</summary>
    private static async Task GiveBackWaitingAsync(JobDispatcher dispatcher, Queue<JobRun> waiting, CancellationToken aborting)
    {
        while (waiting.TryDequeue(out var run))
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
