namespace Flowable.Workers.Typed.Testing.Engine;

/// <summary>
/// The external worker jobs and the engine rules that change them. Every change happens under one lock, so concurrent
/// acquires never hand a job to two workers and every check sees the state it acts on.
/// </summary>
internal sealed class JobStore(TimeProvider timeProvider, int initialRetries)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, EmulatorJobState> _jobs = new(StringComparer.Ordinal);
    private readonly List<string> _creationOrder = [];

    // The active jobs in creation order, so that acquires, sweeps and lock checks do not walk every finished job
    // (a long test run or benchmark would otherwise slow down with every job it completes).
    private readonly LinkedList<string> _activeOrder = new();
    private readonly Dictionary<string, LinkedListNode<string>> _activeNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource<EmulatorJobOutcome>> _outcomeSignals = new(StringComparer.Ordinal);

    // Instance → how many of its exclusive jobs are locked, kept by Store, so that an acquire's instance-lock check
    // does not walk every active job once per candidate.
    private readonly Dictionary<string, int> _lockedInstances = new(StringComparer.Ordinal);
    private readonly List<EmulatorJobOutcome> _outcomes = [];
    private readonly List<(int Count, TaskCompletionSource<IReadOnlyList<EmulatorJobOutcome>> Signal)> _countWaiters = [];

    public DateTimeOffset Now() => Wire.JavaTimeFormat.ToMilliseconds(timeProvider.GetUtcNow());

    public string Create(EmulatorJobDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (_gate)
        {
            var job = JobIds.Assign(definition, initialRetries, Now());
            if (!_jobs.TryAdd(job.Id, job))
            {
                throw new ArgumentException($"A job with id '{job.Id}' already exists.", nameof(definition));
            }

            _creationOrder.Add(job.Id);
            _activeNodes[job.Id] = _activeOrder.AddLast(job.Id);
            _outcomeSignals[job.Id] = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return job.Id;
        }
    }

    public EmulatorJobState Get(string jobId)
    {
        lock (_gate)
        {
            return _jobs.TryGetValue(jobId, out var job)
                ? job
                : throw new KeyNotFoundException($"The emulator has no job '{jobId}'.");
        }
    }

    public IReadOnlyList<EmulatorJobState> All()
    {
        lock (_gate)
        {
            return [.. _creationOrder.Select(id => _jobs[id])];
        }
    }

    public IReadOnlyList<EmulatorJobState> Active()
    {
        lock (_gate)
        {
            return [.. ActiveJobs()];
        }
    }

    public IReadOnlyList<EmulatorJobOutcome> Outcomes()
    {
        lock (_gate)
        {
            return [.. _outcomes];
        }
    }

    public EmulatorJobState FindActive(string jobId)
    {
        lock (_gate)
        {
            return FindActiveLocked(jobId);
        }
    }

    public Task<EmulatorJobOutcome> OutcomeOf(string jobId)
    {
        lock (_gate)
        {
            return _outcomeSignals.TryGetValue(jobId, out var signal)
                ? signal.Task
                : throw new KeyNotFoundException($"The emulator has no job '{jobId}'.");
        }
    }

    public Task<IReadOnlyList<EmulatorJobOutcome>> FirstOutcomes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            if (_outcomes.Count >= count)
            {
                return Task.FromResult<IReadOnlyList<EmulatorJobOutcome>>([.. _outcomes.Take(count)]);
            }

            var signal = new TaskCompletionSource<IReadOnlyList<EmulatorJobOutcome>>(TaskCreationOptions.RunContinuationsAsynchronously);
            _countWaiters.Add((count, signal));
            return signal.Task;
        }
    }

    public IReadOnlyList<EmulatorJobState> Acquire(AcquireCommand command)
    {
        if (command.NumberOfTasks < 1)
        {
            throw FlowableRestException.BadRequest("requested number of jobs must not be smaller than 1");
        }

        if (command.NumberOfRetries <= 0)
        {
            return [];
        }

        lock (_gate)
        {
            var candidates = ActiveJobs()
                .Where(job => job.LockExpirationTime is null
                              && string.Equals(job.Topic, command.Topic, StringComparison.Ordinal)
                              && MatchesScope(job, command.ScopeType))
                .Take(command.NumberOfTasks)
                .ToList();
            if (candidates.Exists(InstanceLockedByAnotherJob))
            {
                return [];
            }

            var now = Now();
            var expiration = now + TimeSpan.FromMilliseconds(Math.Floor(command.LockDuration.Duration().TotalMilliseconds));
            return
            [
                .. candidates.Select(job => Record(
                    job with { LockOwner = command.WorkerId, LockExpirationTime = expiration },
                    new EmulatorJobEvent(EmulatorJobEventKind.Acquired, now, command.WorkerId) { LockExpirationTime = expiration })),
            ];
        }
    }

    public void Complete(CompletionCommand command)
    {
        lock (_gate)
        {
            var job = FindLockedBy(command.JobId, command.WorkerId);
            CheckScope(job, command.Kind);
            var variables = command.ConvertVariables();
            var now = Now();
            var (eventKind, outcomeKind) = command.Kind switch
            {
                CompletionKind.BpmnError => (EmulatorJobEventKind.BpmnError, EmulatorOutcomeKind.BpmnError),
                CompletionKind.CmmnTerminate => (EmulatorJobEventKind.CmmnTerminated, EmulatorOutcomeKind.CmmnTerminated),
                _ => (EmulatorJobEventKind.Completed, EmulatorOutcomeKind.Completed),
            };
            var finished = job with { LockOwner = null, LockExpirationTime = null };
            finished = Record(
                finished,
                new EmulatorJobEvent(eventKind, now, command.WorkerId) { ErrorCode = command.ErrorCode, Variables = variables });
            Finish(finished, new EmulatorJobOutcome(job.Id, outcomeKind, command.WorkerId, now)
            {
                ErrorCode = command.ErrorCode,
                Variables = variables,
            });
        }
    }

    public void Fail(FailCommand command)
    {
        lock (_gate)
        {
            var job = FindLockedBy(command.JobId, command.WorkerId);
            var now = Now();
            var retries = command.Retries is >= 0 ? command.Retries.Value : job.Retries - 1;
            var failed = job with
            {
                Retries = retries,
                ExceptionMessage = command.ErrorMessage,
                ErrorDetails = command.ErrorDetails,
                LockOwner = null,
                LockExpirationTime = retries > 0 && command.RetryTimeout is { } timeout
                    ? now + TimeSpan.FromMilliseconds(Math.Truncate(timeout.TotalMilliseconds))
                    : null,
            };
            failed = Record(failed, new EmulatorJobEvent(EmulatorJobEventKind.Failed, now, command.WorkerId)
            {
                ErrorMessage = command.ErrorMessage,
                ErrorDetails = command.ErrorDetails,
                RequestedRetries = command.Retries,
                Retries = retries,
                RetryTimeout = command.RetryTimeout,
            });
            if (retries > 0)
            {
                return;
            }

            failed = Record(failed, new EmulatorJobEvent(EmulatorJobEventKind.DeadLettered, now, command.WorkerId));
            Finish(failed, new EmulatorJobOutcome(job.Id, EmulatorOutcomeKind.DeadLettered, command.WorkerId, now)
            {
                ErrorMessage = command.ErrorMessage,
                ErrorDetails = command.ErrorDetails,
            });
        }
    }

    public void UnacquireAll(string workerId, string? tenantId)
    {
        lock (_gate)
        {
            var owned = ActiveJobs()
                .Where(job => string.Equals(job.LockOwner, workerId, StringComparison.Ordinal))
                .ToList();
            if (!string.IsNullOrEmpty(tenantId)
                && owned.Exists(job => !string.Equals(job.TenantId, tenantId, StringComparison.Ordinal)))
            {
                throw FlowableRestException.BadRequest("provided worker id has external worker jobs from different tenant.");
            }

            var now = Now();
            foreach (var job in owned)
            {
                Release(job, now, workerId);
            }
        }
    }

    public void Unacquire(string jobId, string workerId)
    {
        lock (_gate)
        {
            var job = FindLockedBy(jobId, workerId);
            if (!job.IsBpmn && !job.IsCmmn)
            {
                throw FlowableRestException.BadRequest(
                    $"Can only unacquire BPMN or CMMN external job. Job with id '{job.Id}' is from scope '{JavaString(job.ScopeType)}'");
            }

            Release(job, Now(), workerId);
        }
    }

    /// <summary>The expired-lock reset: clears every lock (or retry timeout) that ended strictly before now.</summary>
    public int ResetExpiredLocks()
    {
        lock (_gate)
        {
            var now = Now();
            var expired = ActiveJobs()
                .Where(job => job.LockExpirationTime < now)
                .ToList();
            foreach (var job in expired)
            {
                Record(
                    job with { LockOwner = null, LockExpirationTime = null },
                    new EmulatorJobEvent(EmulatorJobEventKind.LockReset, now, job.LockOwner));
            }

            return expired.Count;
        }
    }

    /// <summary>
    /// An exclusive job's instance is locked while another exclusive job of it is locked; the engine's update of the
    /// instance lock then fails, and so does every retry of the acquire.
    /// </summary>
    private bool InstanceLockedByAnotherJob(EmulatorJobState candidate) =>
        candidate.LockedInstance is { } instance
        && _lockedInstances.TryGetValue(instance, out var locked)
        && locked > (LocksInstance(candidate) ? 1 : 0);

    private static bool LocksInstance(EmulatorJobState job) => job.LockOwner is not null && job.LockedInstance is not null;

    private static bool MatchesScope(EmulatorJobState job, string? scopeType) => scopeType switch
    {
        null => true,
        "bpmn" => job.IsBpmn,
        _ => string.Equals(job.ScopeType, scopeType, StringComparison.Ordinal),
    };

    private static void CheckScope(EmulatorJobState job, CompletionKind kind)
    {
        var scope = JavaString(job.ScopeType);
        switch (kind)
        {
            case CompletionKind.Complete when !job.IsBpmn && !job.IsCmmn:
                throw FlowableRestException.BadRequest(
                    $"Can only complete BPMN or CMMN external job. Job with id '{job.Id}' is from scope '{scope}'");
            case CompletionKind.BpmnError when !job.IsBpmn:
                throw FlowableRestException.BadRequest(
                    $"Can only complete BPMN external job with a BPMN error. Job with id '{job.Id}' is from scope '{scope}'");
            case CompletionKind.CmmnTerminate when !job.IsCmmn:
                throw FlowableRestException.BadRequest(
                    $"Can only terminate CMMN external job. Job with id '{job.Id}' is from scope '{scope}'");
        }
    }

    /// <summary>Java string concatenation writes <c>null</c> for a null reference.</summary>
    private static string JavaString(string? value) => value ?? "null";

    private EmulatorJobState FindActiveLocked(string jobId) =>
        _jobs.TryGetValue(jobId, out var job) && job.IsActive ? job : throw FlowableRestException.JobNotFound(jobId);

    private EmulatorJobState FindLockedBy(string jobId, string workerId)
    {
        var job = FindActiveLocked(jobId);
        return string.Equals(job.LockOwner, workerId, StringComparison.Ordinal)
            ? job
            : throw FlowableRestException.LockNotHeld(workerId);
    }

    private void Release(EmulatorJobState job, DateTimeOffset now, string workerId) =>
        Record(job with { LockOwner = null, LockExpirationTime = null }, new EmulatorJobEvent(EmulatorJobEventKind.Unacquired, now, workerId));

    private EmulatorJobState Record(EmulatorJobState job, EmulatorJobEvent happened)
    {
        var updated = job with { History = [.. job.History, happened] };
        Store(updated);
        return updated;
    }

    /// <summary>Replaces a job's state, keeping the count of locked instances.</summary>
    private void Store(EmulatorJobState updated)
    {
        if (_jobs.TryGetValue(updated.Id, out var previous))
        {
            CountInstanceLock(previous, -1);
        }

        _jobs[updated.Id] = updated;
        CountInstanceLock(updated, +1);
    }

    private void CountInstanceLock(EmulatorJobState job, int change)
    {
        if (!LocksInstance(job))
        {
            return;
        }

        var instance = job.LockedInstance!;
        var locked = _lockedInstances.GetValueOrDefault(instance) + change;
        if (locked == 0)
        {
            _lockedInstances.Remove(instance);
        }
        else
        {
            _lockedInstances[instance] = locked;
        }
    }

    private IEnumerable<EmulatorJobState> ActiveJobs() => _activeOrder.Select(id => _jobs[id]);

    private void Finish(EmulatorJobState job, EmulatorJobOutcome outcome)
    {
        Store(job with { Outcome = outcome });
        if (_activeNodes.Remove(job.Id, out var node))
        {
            _activeOrder.Remove(node);
        }

        _outcomes.Add(outcome);
        _outcomeSignals[job.Id].TrySetResult(outcome);
        foreach (var waiter in _countWaiters.Where(w => w.Count <= _outcomes.Count).ToList())
        {
            _countWaiters.Remove(waiter);
            waiter.Signal.TrySetResult([.. _outcomes.Take(waiter.Count)]);
        }
    }
}
