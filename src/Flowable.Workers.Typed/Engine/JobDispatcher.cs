using Flowable.Workers.Typed.Diagnostics;
using Flowable.Workers.Typed.Variables;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Runs acquired jobs, each as its own thread-pool work item as soon as it gets a slot (no batch barrier; with one slot
/// the loop runs the job up to its first <c>await</c> itself), and reports each outcome; a run that ends goes on with
/// the next job of the <see cref="JobBuffer"/> in its slot. Every run holds one <see cref="HandlerSlots"/> slot from
/// its start until its result is reported or its job is given back. A run of a job acquired again while an older run
/// of it still goes on (the older handler outlived its lock) waits for the older one to end, and gives the job back if
/// too little of its lock is left by then; the older one's result is never sent. On drain, running handlers get a
/// grace period, then their token is cancelled and their jobs are given back: a job is never failed because the
/// worker stops.
/// </summary>
internal sealed class JobDispatcher : IDisposable
{
    private readonly string _topic;
    private readonly string _workerId;
    private readonly JobHandler _handler;
    private readonly HeldJobs _jobs;
    private readonly JobResultSender _sender;
    private readonly JobReleaser _releaser;
    private readonly HandlerSlots _slots;
    private readonly JobBuffer _buffer;
    private readonly ExternalWorkerSubscriptionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _cancelHandlers = new();
    private readonly object _gate = new();
    private int _running;
    private TaskCompletionSource? _allOver;

    public JobDispatcher(
        string topic,
        string workerId,
        JobHandler handler,
        HeldJobs jobs,
        JobResultSender sender,
        JobReleaser releaser,
        HandlerSlots slots,
        JobBuffer buffer,
        ExternalWorkerSubscriptionOptions options,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _topic = topic;
        _workerId = workerId;
        _handler = handler;
        _jobs = jobs;
        _sender = sender;
        _releaser = releaser;
        _slots = slots;
        _buffer = buffer;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Cancelled when running handlers must stop (the stop's grace period is over).</summary>
    public CancellationToken HandlersCancelled => _cancelHandlers.Token;

    /// <summary>How long runs take, each measured from its start to its end (its outcome reported or its job given back).</summary>
    public RunPace Pace { get; } = new();

    /// <summary>
    /// Starts <paramref name="run"/>, whose slot the caller has taken; the slot is released when the run, and the
    /// buffered jobs it goes on with, are over.
    /// </summary>
    /// <param name="run">The acquisition, registered in <see cref="HeldJobs"/>.</param>
    /// <param name="aborting">Abandons calls to Flowable when the stop is abandoned.</param>
    public void Dispatch(JobRun run, CancellationToken aborting)
    {
        Interlocked.Increment(ref _running);
        if (_slots.Capacity == 1)
        {
            // One slot: nothing else can start until this run ends, so the loop runs the job's synchronous part itself
            // instead of paying a thread-pool hand-off per job (the drain does not wait for the loop to cancel it).
            _ = RunAsync(run, aborting);
            return;
        }

        // A work item, not Task.Run: no task, closure and continuation per job. preferLocal keeps it on this thread's
        // queue, so a fast job often runs on the thread that dispatched it once the loop awaits.
        ThreadPool.QueueUserWorkItem(
            static state => _ = state.Dispatcher.RunAsync(state.Run, state.Aborting),
            (Dispatcher: this, Run: run, Aborting: aborting),
            preferLocal: true);
    }

    /// <summary>
    /// Starts buffered jobs in <paramref name="taken"/> slots the caller holds; releases the slots left over when
    /// fewer jobs wait (runs that ended took them) or the subscription is stopping.
    /// </summary>
    public async Task StartBufferedAsync(int taken, CancellationToken aborting)
    {
        for (var i = 0; i < taken; i++)
        {
            JobRun? next;
            try
            {
                next = await NextBufferedAsync(aborting).ConfigureAwait(false);
            }
            catch
            {
                _slots.Release(taken - i);
                throw;
            }

            if (next is null)
            {
                _slots.Release(taken - i);
                return;
            }

            Dispatch(next, aborting);
        }
    }

    /// <summary>Gives back a job that will not be run and releases its slot if it holds one.</summary>
    public async Task GiveBackAsync(JobRun run, string reason, bool holdsSlot, CancellationToken aborting)
    {
        try
        {
            await _releaser.GiveBackAsync(run.Job, reason, aborting).ConfigureAwait(false);
        }
        finally
        {
            _jobs.Release(run);
            if (holdsSlot)
            {
                _slots.Release();
            }
        }
    }

    /// <summary>Forgets a job that will not be run and cannot be given back (the stop was abandoned): its lock expires.</summary>
    public void Forget(JobRun run) => _jobs.Release(run);

    /// <summary>
    /// Waits for <paramref name="loop"/> to end and the runs to be over: up to <paramref name="gracePeriod"/> for
    /// handlers to finish, then cancels their token (their jobs are given back) and waits for the rest, unless
    /// <paramref name="aborting"/> is cancelled.
    /// </summary>
    /// <param name="gracePeriod">How long running handlers may still finish.</param>
    /// <param name="loop">The subscription's loop, stopping: no run starts once it has ended.</param>
    /// <param name="aborting">Abandons the wait.</param>
    public async Task DrainAsync(TimeSpan gracePeriod, Task loop, CancellationToken aborting)
    {
        var all = WhenLoopAndRunsOverAsync(loop);
        if (gracePeriod > TimeSpan.Zero)
        {
            await Task.WhenAny(all, Task.Delay(gracePeriod, _timeProvider, aborting)).ConfigureAwait(false);
        }

        await _cancelHandlers.CancelAsync().ConfigureAwait(false);
        await all.WaitAsync(aborting).ConfigureAwait(false);
    }

    public void Dispose() => _cancelHandlers.Dispose();

    private async Task WhenLoopAndRunsOverAsync(Task loop)
    {
        await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await WhenAllOver().ConfigureAwait(false);
    }

    private Task WhenAllOver()
    {
        lock (_gate)
        {
            return Volatile.Read(ref _running) == 0
                ? Task.CompletedTask
                : (_allOver ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    private void RunOver()
    {
        if (Interlocked.Decrement(ref _running) != 0)
        {
            return;
        }

        TaskCompletionSource? waiting;
        lock (_gate)
        {
            waiting = _allOver;
            _allOver = null;
        }

        waiting?.TrySetResult();
    }

    /// <summary>
    /// Runs <paramref name="run"/>, then — in the same slot and on the same thread — the buffered jobs that are waiting
    /// (a plain loop's pace, with no hand-off per job); releases the slot once none is left.
    /// </summary>
    private async Task RunAsync(JobRun run, CancellationToken aborting)
    {
        try
        {
            for (JobRun? next = run; next is not null; next = await NextBufferedAsync(aborting).ConfigureAwait(false))
            {
                await RunOnceAsync(next, aborting).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (aborting.IsCancellationRequested)
        {
            // The stop was abandoned while a stale buffered job was given back: its lock expires on the server.
        }
        finally
        {
            _slots.Release();
            RunOver();
        }
    }

    /// <summary>The next buffered job a free slot may start; gives back those whose wait used up too much of their lock.</summary>
    private async ValueTask<JobRun?> NextBufferedAsync(CancellationToken aborting)
    {
        while (_buffer.TryTake(out var next))
        {
            if (next.Deadline.MayStart(_timeProvider.GetUtcNow()))
            {
                return next;
            }

            await GiveBackAsync(next, GiveBackReason.WaitedTooLong, holdsSlot: false, aborting).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>One job, from its start to its outcome; never throws.</summary>
    private async Task RunOnceAsync(JobRun run, CancellationToken aborting)
    {
        var started = _timeProvider.GetTimestamp();
        try
        {
            if (run.Previous is { } previous)
            {
                run.Previous = null;
                await previous.WhenOver().ConfigureAwait(false);
                var now = _timeProvider.GetUtcNow();
                if (now >= run.LockExpiresAt)
                {
                    _logger.RunStartedTooLate(run.Job.Id);
                    return;
                }

                if (!run.Deadline.MayStart(now))
                {
                    await _releaser.GiveBackAsync(run.Job, GiveBackReason.WaitedForOlderRun, aborting).ConfigureAwait(false);
                    return;
                }
            }

            if (_jobs.OverrunsOf(run.Job.Id) >= _options.MaxLockOverruns)
            {
                await FailForOverrunsAsync(run, aborting).ConfigureAwait(false);
                return;
            }

            await HandleAsync(run, aborting).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborting.IsCancellationRequested)
        {
            // The stop was abandoned: the job's lock expires on the server.
        }
        catch (Exception exception)
        {
            // Nothing awaits a run: a fault here would otherwise go unseen.
            _logger.RunCrashed(exception, run.Job.Id);
        }
        finally
        {
            // The pace before the slot is released: the loop may acquire as soon as it is free.
            Pace.Record(_timeProvider.GetElapsedTime(started));
            _jobs.Release(run);
        }
    }

    private async Task HandleAsync(JobRun run, CancellationToken aborting)
    {
        var job = run.Job;
        using var logScope = _logger.BeginScope(new JobLogScope(job, _topic));
        using var telemetry = JobTelemetry.Start(job, _topic, _workerId);
        var (result, thrown, fault) = await JobExecutor.ExecuteAsync(_handler, job, _options.BindingFailureRetries, run.Deadline.HandlerToken).ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow();
        var late = now - run.LockExpiresAt;
        // A result after the lock expired is an overrun even when the limit's timer has not fired yet (a busy host).
        var outlived = late >= TimeSpan.Zero || (run.Deadline.LimitReached && result.Kind == WorkerResultKind.Fail);
        var overruns = outlived ? _jobs.RecordOverrun(job.Id, now, ForgetOverrunsAfter) : 0;
        if (late >= TimeSpan.Zero)
        {
            telemetry.HandlerFinished(null);
            _logger.ResultTooLate(job.Id, result.Kind, (long)late.TotalMilliseconds);
            return;
        }

        if (overruns >= _options.MaxLockOverruns)
        {
            telemetry.HandlerFinished(null);
            await FailForOverrunsAsync(run, aborting).ConfigureAwait(false);
            return;
        }

        if (result.Kind == WorkerResultKind.Fail && (outlived || _cancelHandlers.IsCancellationRequested))
        {
            // A handler that fails once its token is cancelled fails because of the cancellation: give the job back.
            telemetry.HandlerFinished(null);
            if (outlived)
            {
                _logger.HandlerOutlivedLock(job.Id);
            }

            await _releaser.GiveBackAsync(job, outlived ? GiveBackReason.LockExpiring : GiveBackReason.Stopping, aborting).ConfigureAwait(false);
            return;
        }

        telemetry.HandlerFinished(result);
        LogFault(job.Id, fault, result, thrown);
        await _sender.SendAsync(run, result, aborting).ConfigureAwait(false);
    }

    /// <summary>One Warning line for a failure the handler did not choose; the stack trace of what it threw at Debug.</summary>
    private void LogFault(string jobId, HandlerFault fault, WorkerResult result, Exception? thrown)
    {
        var reason = result.ErrorMessage ?? string.Empty;
        switch (fault)
        {
            case HandlerFault.BadVariable:
                _logger.VariableRejected(jobId, reason);
                break;
            case HandlerFault.Threw:
                var cause = WorkerResult.Unwrapped(thrown!);
                _logger.HandlerFailed(jobId, cause.GetType().Name, cause.Message);
                _logger.HandlerFailedDetail(thrown!, jobId);
                break;
            case HandlerFault.ReturnedNull:
                _logger.HandlerReturnedNull(jobId, reason);
                break;
            case HandlerFault.WrongScope:
                _logger.HandlerBrokeScopeRule(jobId, reason);
                break;
        }
    }

    /// <summary>Fails a job whose handler outlived its lock too often: no run will finish in time, so none is retried.</summary>
    private Task FailForOverrunsAsync(JobRun run, CancellationToken aborting)
    {
        var lockDuration = IsoDuration.Format(_options.LockDuration);
        _logger.LockOverrunsExceeded(run.Job.Id, lockDuration, _options.MaxLockOverruns);
        var failure = WorkerResult.Fail(
            $"The handler did not finish within its lock ({lockDuration}) {_options.MaxLockOverruns} times; raise LockDuration or honour the token",
            retries: 0);
        return _sender.SendAsync(run, failure, aborting);
    }

    /// <summary>Overruns of a job not seen again for this long are forgotten (another worker finished it).</summary>
    private TimeSpan ForgetOverrunsAfter => _options.LockDuration * (_options.MaxLockOverruns + 1) + TimeSpan.FromMinutes(10);
}
