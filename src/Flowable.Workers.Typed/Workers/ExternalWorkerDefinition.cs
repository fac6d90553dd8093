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
    public TimeSpan? LockDuration
    {
        get;
        init => field = value is { } duration && duration <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(value), duration, "The lock duration must be positive.")
            : value;
    }

    /// <summary>How long to wait between polls when no job was found; null when not set on the attribute.</summary>
    public TimeSpan? PollInterval
    {
        get;
        init => field = value is { } interval && interval < TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(value), interval, "The poll interval must not be negative.")
            : value;
    }

    /// <summary>The most jobs one acquire request asks for; null when not set on the attribute.</summary>
    public int? NumberOfTasks
    {
        get;
        init => field = value is < 1
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "The number of tasks must be at least 1.")
            : value;
    }

    /// <summary>How often an acquire request is retried; null when not set on the attribute.</summary>
    public int? NumberOfRetries
    {
        get;
        init => field = value is < 0
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "The number of retries must not be negative.")
            : value;
    }

    /// <summary>The most jobs handled at the same time; null when not set on the attribute.</summary>
    public int? MaxConcurrency
    {
        get;
        init => field = value is < 1
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum concurrency must be at least 1.")
            : value;
    }

    /// <summary>The kind of jobs acquired; null when not set on the attribute.</summary>
    public ScopeType? ScopeType { get; init; }

    /// <summary>The definition of a generated worker type, as <c>ExternalWorkers.All</c> lists it.</summary>
    /// <typeparam name="TWorker">A class marked <see cref="ExternalWorkerAttribute"/>.</typeparam>
    /// <returns><typeparamref name="TWorker"/>'s definition.</returns>
    public static ExternalWorkerDefinition For<TWorker>()
        where TWorker : class, IExternalWorker<TWorker> => TWorker.Definition;

    /// <summary>Constructs a worker instance with <see cref="Factory"/>.</summary>
    /// <param name="services">The provider the worker's constructor parameters are resolved from.</param>
    /// <returns>A new worker.</returns>
    public IExternalWorker CreateWorker(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Factory(services);
    }
}
