using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed;

/// <summary>
/// Describes one worker type at run time: the topic it handles, the options its <see cref="ExternalWorkerAttribute"/>
/// set (null where the attribute left an option to configuration and defaults), and a factory that constructs it.
/// Generated for every worker as its static <c>Definition</c> property and listed in the assembly's generated
/// <c>ExternalWorkers.All</c>.
/// </summary>
public sealed record ExternalWorkerDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="topic">The topic whose jobs the worker acquires.</param>
    /// <param name="workerType">The worker class.</param>
    /// <param name="factory">
    /// Constructs the worker, resolving its constructor parameters from the given provider (a scope per job, when
    /// hosted). Generated code calls the constructor directly: no reflection and no registration of the worker type.
    /// </param>
    public ExternalWorkerDefinition(string topic, Type workerType, Func<IServiceProvider, IExternalWorker> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentNullException.ThrowIfNull(workerType);
        ArgumentNullException.ThrowIfNull(factory);
        Topic = topic;
        WorkerType = workerType;
        Factory = factory;
    }

    /// <summary>The topic whose jobs the worker acquires.</summary>
    public string Topic { get; }

    /// <summary>The worker class.</summary>
    public Type WorkerType { get; }

    /// <summary>Constructs the worker from a service provider.</summary>
    public Func<IServiceProvider, IExternalWorker> Factory { get; }

    /// <summary>How long an acquired job stays locked; null when not set on the attribute.</summary>
    public TimeSpan? LockDuration { get; init => field = Checked(WorkerOptions.LockDuration, value); }

    /// <summary>How long to wait between polls when no job was found; null when not set on the attribute.</summary>
    public TimeSpan? PollInterval { get; init => field = Checked(WorkerOptions.PollInterval, value); }

    /// <summary>The most jobs one acquire request asks for; null when not set on the attribute.</summary>
    public int? NumberOfTasks { get; init => field = Checked(WorkerOptions.NumberOfTasks, value); }

    /// <summary>How often Flowable runs one acquire on a locking conflict (at least 1); null when not set on the attribute.</summary>
    public int? NumberOfRetries { get; init => field = Checked(WorkerOptions.NumberOfRetries, value); }

    /// <summary>The most jobs handled at the same time; null when not set on the attribute.</summary>
    public int? MaxConcurrency { get; init => field = Checked(WorkerOptions.MaxConcurrency, value); }

    /// <summary>The kind of jobs acquired; null when not set on the attribute.</summary>
    public ScopeType? ScopeType
    {
        get;
        init => field = value is { } scopeType && WorkerSettingsValidator.Check(WorkerOptions.ScopeType, (int)scopeType) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(value), scopeType, problem.Requirement + ".")
            : value;
    }

    /// <summary>The retries a job keeps when its variables cannot be bound; null when not set on the attribute.</summary>
    public int? BindingFailureRetries { get; init => field = Checked(WorkerOptions.BindingFailureRetries, value); }

    /// <summary>How often a handler may outlive its job's lock before the job is failed; null when not set on the attribute.</summary>
    public int? MaxLockOverruns { get; init => field = Checked(WorkerOptions.MaxLockOverruns, value); }

    /// <summary>The definition of a generated worker type, as <c>ExternalWorkers.All</c> lists it.</summary>
    /// <typeparam name="TWorker">A class marked <see cref="ExternalWorkerAttribute"/>.</typeparam>
    /// <returns><typeparamref name="TWorker"/>'s definition.</returns>
    public static ExternalWorkerDefinition For<TWorker>()
        where TWorker : class, IExternalWorker<TWorker> => TWorker.Definition;

    /// <summary>
    /// A job handler over this worker type for a client subscription: each job constructs a worker from
    /// <paramref name="services"/>, runs it and disposes it, with binding errors and handler exceptions mapped to
    /// the outcome (see <see cref="ExternalWorkerExecution"/>).
    /// </summary>
    /// <param name="services">The provider worker constructors are resolved from.</param>
    /// <returns>A handler taking the acquired job and a cancellation token.</returns>
    public Func<ExternalWorkerJob, CancellationToken, ValueTask<WorkerResult>> CreateHandler(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return (job, cancellationToken) => ExternalWorkerExecution.ExecuteAsync(this, services, job, cancellationToken);
    }

    /// <summary>What the attribute set, as the attribute's layer of the worker's settings.</summary>
    internal WorkerSettings ToSettings() => new()
    {
        LockDuration = LockDuration,
        PollInterval = PollInterval,
        NumberOfTasks = NumberOfTasks,
        NumberOfRetries = NumberOfRetries,
        MaxConcurrency = MaxConcurrency,
        ScopeType = (int?)ScopeType,
        BindingFailureRetries = BindingFailureRetries,
        MaxLockOverruns = MaxLockOverruns,
    };

    private static TimeSpan? Checked(WorkerOption option, TimeSpan? value) =>
        value is { } duration && WorkerSettingsValidator.Check(option, duration.Ticks) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(value), duration, problem.Requirement + ".")
            : value;

    private static int? Checked(WorkerOption option, int? value) =>
        value is { } count && WorkerSettingsValidator.Check(option, count) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(value), count, problem.Requirement + ".")
            : value;

    /// <summary>Constructs a worker instance with <see cref="Factory"/>.</summary>
    /// <param name="services">The provider the worker's constructor parameters are resolved from.</param>
    /// <returns>A new worker.</returns>
    public IExternalWorker CreateWorker(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Factory(services);
    }
}
