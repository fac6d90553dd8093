using Flowable.Workers.Typed.Diagnostics;
using Flowable.Workers.Typed.Variables;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Runs acquired jobs, each on its own task as soon as it arrives (no batch barrier), and reports each outcome.
/// Every job holds one <see cref="HandlerSlots"/> slot from acquire until its result is reported or it is given
/// back. On drain, running handlers get a grace period, then their token is cancelled and their jobs are given
/// back: a job is never failed because the worker stops.
/// </summary>
internal sealed class JobDispatcher : IDisposable
{
    private readonly string _topic;
    private readonly string _workerId;
    private readonly JobHandler _handler;
    private readonly JobResultSender _sender;
    private readonly JobReleaser _releaser;
    private readonly HandlerSlots _slots;
    private readonly TimeSpan _lockDuration;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _cancelHandlers = new();
    private readonly object _gate = new();
    private readonly HashSet<Task> _running = [];

    public JobDispatcher(
        string topic,
        string workerId,
        JobHandler handler,
        JobResultSender sender,
        JobReleaser releaser,
        HandlerSlots slots,
        TimeSpan lockDuration,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _topic = topic;
        _workerId = workerId;
        _handler = handler;
        _sender = sender;
        _releaser = releaser;
        _slots = slots;
        _lockDuration = lockDuration;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// Starts running <paramref name="job"/>, whose slot the caller has taken; the slot is released when the job is done.
    /// </summary>
    /// <param name="job">The acquired job.</param>
    /// <param name="lockExpiresAt">When the job's lock expires at the latest, counted from when the acquire was sent.</param>
    /// <param name="aborting">Abandons calls to Flowable when the stop is abandoned.</param>
    public void Dispatch(ExternalWorkerJob job, DateTimeOffset lockExpiresAt, CancellationToken aborting)
    {
        var run = Task.Run(() => RunAsync(job, lockExpiresAt, aborting), CancellationToken.None);
        lock (_gate)
        {
            _running.Add(run);
        }

        run.ContinueWith(
            (finished, state) =>
            {
                var dispatcher = (JobDispatcher)state!;
                lock (dispatcher._gate)
                {
                    dispatcher._running.Remove(finished);
                }
            },
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Gives back a job that will not be run (it arrived while stopping) and releases its slot if it holds one.</summary>
    public async Task GiveBackAsync(ExternalWorkerJob job, bool holdsSlot, CancellationToken aborting)
    {
        try
        {
            await _releaser.GiveBackAsync(job, aborting).ConfigureAwait(false);
        }
        finally
        {
            if (holdsSlot)
            {
                _slots.Release();
            }
        }
    }

    /// <summary>
    /// Waits for running jobs: up to <paramref name="gracePeriod"/> for handlers to finish, then cancels their token
    /// (their jobs are given back) and waits for the rest, unless <paramref name="aborting"/> is cancelled.
    /// </summary>
    public async Task DrainAsync(TimeSpan gracePeriod, CancellationToken aborting)
    {
        Task all;
        lock (_gate)
        {
            all = Task.WhenAll(_running);
        }

        if (gracePeriod > TimeSpan.Zero)
        {
            await Task.WhenAny(all, Task.Delay(gracePeriod, _timeProvider, aborting)).ConfigureAwait(false);
        }

        await _cancelHandlers.CancelAsync().ConfigureAwait(false);
        await all.WaitAsync(aborting).ConfigureAwait(false);
    }

    public void Dispose() => _cancelHandlers.Dispose();

    private async Task RunAsync(ExternalWorkerJob job, DateTimeOffset lockExpiresAt, CancellationToken aborting)
    {
        using var telemetry = JobTelemetry.Start(job, _topic, _workerId);
        using var logScope = _logger.BeginScope(new JobLogScope(job, _topic));
        try
        {
            telemetry.HandlerStarting();
            var result = await ExecuteAsync(job, lockExpiresAt).ConfigureAwait(false);
            telemetry.HandlerFinished(result);
            if (result is null)
            {
                await _releaser.GiveBackAsync(job, aborting).ConfigureAwait(false);
            }
            else
            {
                await _sender.SendAsync(job, result, lockExpiresAt, aborting).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (aborting.IsCancellationRequested)
        {
            // The stop was abandoned: the job's lock expires on the server.
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Runs the handler; null means "give the job back" (the worker is stopping or the lock is expiring).</summary>
    private async Task<WorkerResult?> ExecuteAsync(ExternalWorkerJob job, DateTimeOffset lockExpiresAt)
    {
        using var lockExpiring = new CancellationTokenSource(HandlerTimeLimit(lockExpiresAt), _timeProvider);
        using var handlerToken = CancellationTokenSource.CreateLinkedTokenSource(_cancelHandlers.Token, lockExpiring.Token);
        WorkerResult result;
        Exception? thrown = null;
        try
        {
            result = await _handler(job, handlerToken.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            thrown = exception;
            result = WorkerResult.FromException(exception);
        }

        if (result.Kind != WorkerResultKind.Fail)
        {
            return result;
        }

        // A handler that fails once its token is cancelled fails because of the cancellation: give the job back.
        if (_cancelHandlers.IsCancellationRequested)
        {
            return null;
        }

        if (lockExpiring.IsCancellationRequested)
        {
            _logger.HandlerOutlivedLock(job.Id);
            return null;
        }

        if (thrown is VariableConversionException)
        {
            _logger.VariableRejected(job.Id, thrown.Message);
        }
        else if (thrown is not null)
        {
            _logger.HandlerFailed(thrown, job.Id);
        }

        return result;
    }

    /// <summary>How long a handler may run: until shortly before the lock expires (a tenth of the lock, at most 10 s, earlier).</summary>
    private TimeSpan HandlerTimeLimit(DateTimeOffset lockExpiresAt)
    {
        var margin = TimeSpan.FromTicks(Math.Min(_lockDuration.Ticks / 10, TimeSpan.FromSeconds(10).Ticks));
        var limit = lockExpiresAt - margin - _timeProvider.GetUtcNow();
        return limit > TimeSpan.Zero ? limit : TimeSpan.FromMilliseconds(1);
    }
}
