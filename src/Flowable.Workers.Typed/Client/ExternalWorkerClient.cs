using System.Collections.Concurrent;
using Flowable.Workers.Typed.Engine;
using Flowable.Workers.Typed.Diagnostics;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Shared;
using Flowable.Workers.Typed.Variables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flowable.Workers.Typed;

/// <summary>
/// A client of Flowable's external worker job API: subscribe a handler to a topic, or make the calls yourself
/// (acquire, complete, BPMN error, CMMN terminate, fail, unacquire, list and get jobs), at parity with Flowable's
/// official Python, Java and JavaScript clients.
/// </summary>
/// <example>
/// <code>
/// await using var client = new ExternalWorkerClient("http://localhost:8090/flowable-work",
///     authentication: new BasicAuthentication("admin", "test"));
/// await using var subscription = client.Subscribe("myTopic", (job, result, ct) =>
///     result.Success().Variable("greeting", $"Hello {job.GetVariable&lt;string&gt;("name")}"));
/// </code>
/// </example>
public sealed class ExternalWorkerClient : IAsyncDisposable, IDisposable
{
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<ExternalWorkerSubscription, byte> _subscriptions = new();
    private readonly object _subscribing = new();

    /// <summary>Creates a client for a Flowable server.</summary>
    /// <param name="flowableHost">Flowable's root URL (<c>/external-job-api</c> is appended); default Flowable's trial.</param>
    /// <param name="workerId">The worker id (lock owner); null means <c>&lt;hostname&gt;-&lt;pid&gt;</c>.</param>
    /// <param name="authentication">How requests authenticate; null sends no credentials.</param>
    public ExternalWorkerClient(
        string flowableHost = ExternalWorkerClientOptions.DefaultFlowableHost,
        string? workerId = null,
        FlowableAuthentication? authentication = null)
        : this(new ExternalWorkerClientOptions { FlowableHost = flowableHost, WorkerId = workerId, Authentication = authentication })
    {
    }

    /// <summary>Creates a client from options.</summary>
    public ExternalWorkerClient(ExternalWorkerClientOptions options)
        : this(CreateApi(options ?? throw new ArgumentNullException(nameof(options))), options.WorkerId, options.LoggerFactory, options.TimeProvider)
    {
    }

    /// <summary>
    /// Creates a client over an API client you built yourself (for example registered with
    /// <c>AddRefitGeneratedClient&lt;IFlowableExternalJobApi&gt;</c> and <see cref="FlowableExternalJobApi.CreateRefitSettings"/>).
    /// </summary>
    public ExternalWorkerClient(
        IFlowableExternalJobApi api,
        string? workerId = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        if (workerId is not null && string.IsNullOrWhiteSpace(workerId))
        {
            throw new ArgumentException("The worker id must not be empty; pass null for <hostname>-<pid>.", nameof(workerId));
        }

        Api = api;
        WorkerId = workerId ?? DefaultWorkerId.Value;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The worker id (lock owner) this client acquires and reports as.</summary>
    public string WorkerId { get; }

    /// <summary>The REST API underneath, one method per endpoint.</summary>
    public IFlowableExternalJobApi Api { get; }

    /// <summary>Whether this client's subscriptions reach Flowable (acquire failures in a row), for health checks.</summary>
    internal ConnectionHealth Health { get; } = new();

    /// <summary>
    /// Runs <paramref name="handler"/> on every job of <paramref name="topic"/> until the subscription is stopped.
    /// Returning null completes the job without variables; throwing fails it (see <see cref="WorkerResult.FromException"/>).
    /// </summary>
    /// <param name="topic">The topic of the external worker tasks.</param>
    /// <param name="handler">Handles one job; build its outcome with the <see cref="WorkerResultBuilder"/> it is given.</param>
    /// <param name="options">How to acquire and run jobs; null uses the defaults.</param>
    /// <param name="cancellationToken">Stops the subscription when cancelled (like <see cref="ExternalWorkerSubscription.StopAsync"/>).</param>
    /// <exception cref="InvalidOperationException">
    /// This client already runs a subscription to the topic (equal but for case) as the same worker id: two would
    /// compete for its jobs and could run one job twice at once.
    /// </exception>
    public ExternalWorkerSubscription Subscribe(
        string topic,
        Func<ExternalWorkerJob, WorkerResultBuilder, CancellationToken, ValueTask<WorkerResult?>> handler,
        ExternalWorkerSubscriptionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Subscribe(
            topic,
            async (job, ct) => await handler(job, new WorkerResultBuilder(job), ct).ConfigureAwait(false) ?? WorkerResult.Complete(null),
            options,
            cancellationToken);
    }

    /// <summary>
    /// Runs a synchronous <paramref name="handler"/> on every job of <paramref name="topic"/> until the subscription
    /// is stopped. Returning null completes the job without variables; throwing fails it.
    /// </summary>
    /// <inheritdoc cref="Subscribe(string, Func{ExternalWorkerJob, WorkerResultBuilder, CancellationToken, ValueTask{WorkerResult}}, ExternalWorkerSubscriptionOptions?, CancellationToken)" path="/param"/>
    public ExternalWorkerSubscription Subscribe(
        string topic,
        Func<ExternalWorkerJob, WorkerResultBuilder, CancellationToken, WorkerResult?> handler,
        ExternalWorkerSubscriptionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Subscribe(
            topic,
            (job, ct) => ValueTask.FromResult(handler(job, new WorkerResultBuilder(job), ct) ?? WorkerResult.Complete(null)),
            options,
            cancellationToken);
    }

    /// <summary>
    /// Runs the generated worker <typeparamref name="TWorker"/> (a partial class marked <c>[ExternalWorker]</c>) on every
    /// job of its topic until the subscription is stopped. A new worker is created for each job, its constructor
    /// parameters taken from <paramref name="services"/>, and disposed afterwards when it is disposable.
    /// </summary>
    /// <param name="services">Provides the worker's constructor parameters; null when it has none.</param>
    /// <param name="options">Settings the worker's attribute leaves open; what the attribute sets wins.</param>
    /// <param name="cancellationToken">Stops the subscription when cancelled.</param>
    /// <exception cref="InvalidOperationException">This client already runs a subscription to the worker's topic as the same worker id.</exception>
    public ExternalWorkerSubscription Subscribe<TWorker>(
        IServiceProvider? services = null,
        ExternalWorkerSubscriptionOptions? options = null,
        CancellationToken cancellationToken = default)
        where TWorker : class, IExternalWorker<TWorker> =>
        Subscribe(TWorker.Definition, services, options, cancellationToken);

    /// <summary>Runs the generated worker described by <paramref name="definition"/> (see <see cref="Subscribe{TWorker}"/>).</summary>
    public ExternalWorkerSubscription Subscribe(
        ExternalWorkerDefinition definition,
        IServiceProvider? services = null,
        ExternalWorkerSubscriptionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Subscribe(
            definition.Topic,
            JobExecutor.ForWorker(definition, services ?? NoServices.Instance),
            ExternalWorkerSubscriptionOptions.For(definition, options),
            cancellationToken);
    }

    /// <summary>Lists jobs (without variables), one page at a time.</summary>
    public Task<ExternalWorkerJobPage> ListJobsAsync(ExternalWorkerJobQuery? query = null, CancellationToken cancellationToken = default) =>
        Api.ListJobsAsync(query ?? new ExternalWorkerJobQuery(), cancellationToken);

    /// <summary>Reads one job (without variables); throws <see cref="FlowableNotFoundException"/> when it does not exist.</summary>
    public Task<ExternalWorkerJob> GetJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return Api.GetJobAsync(jobId, cancellationToken);
    }

    /// <summary>Acquires and locks up to <paramref name="numberOfTasks"/> jobs of a topic; an empty list when there are none.</summary>
    /// <param name="topic">The topic of the external worker tasks.</param>
    /// <param name="lockDuration">How long the jobs stay locked to this worker; default one minute.</param>
    /// <param name="numberOfTasks">The most jobs to lock; at least 1.</param>
    /// <param name="numberOfRetries">How often Flowable retries the acquire on a collision with another worker; at least 1.</param>
    /// <param name="scopeType">Process jobs, case jobs or both.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<ExternalWorkerJob>> AcquireJobsAsync(
        string topic,
        TimeSpan? lockDuration = null,
        int numberOfTasks = 1,
        int numberOfRetries = 5,
        ScopeType scopeType = ScopeType.Any,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        var duration = lockDuration ?? TimeSpan.FromMinutes(1);
        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lockDuration), duration, "The lock duration must be positive.");
        }

        if (numberOfTasks < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(numberOfTasks), numberOfTasks, "numberOfTasks must be at least 1.");
        }

        if (numberOfRetries < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(numberOfRetries), numberOfRetries,
                "numberOfRetries must be at least 1: Flowable acquires nothing, without an error, when it is 0 or less.");
        }

        return Api.AcquireJobsAsync(
            new AcquireJobsRequest
            {
                Topic = topic,
                WorkerId = WorkerId,
                LockDuration = duration,
                NumberOfTasks = numberOfTasks,
                NumberOfRetries = numberOfRetries,
                ScopeType = scopeType,
            },
            cancellationToken);
    }

    /// <summary>Completes a job, optionally with variables; the process or case continues.</summary>
    public Task CompleteJobAsync(string jobId, IReadOnlyList<RestVariable>? variables = null, CancellationToken cancellationToken = default) =>
        ReportAsync(jobId, WorkerResult.Complete(variables), cancellationToken);

    /// <summary>Completes a BPMN job with a BPMN error; a null <paramref name="errorCode"/> is caught by any error boundary event.</summary>
    public Task BpmnErrorAsync(
        string jobId,
        string? errorCode = null,
        IReadOnlyList<RestVariable>? variables = null,
        CancellationToken cancellationToken = default) =>
        ReportAsync(jobId, WorkerResult.BpmnError(errorCode, variables), cancellationToken);

    /// <summary>Ends a CMMN job's plan item with a terminate transition.</summary>
    public Task CmmnTerminateAsync(string jobId, IReadOnlyList<RestVariable>? variables = null, CancellationToken cancellationToken = default) =>
        ReportAsync(jobId, WorkerResult.CmmnTerminate(variables), cancellationToken);

    /// <summary>Reports a technical failure of a job.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="errorMessage">Shown as the job's exception message.</param>
    /// <param name="errorDetails">Stored as the job's stack trace.</param>
    /// <param name="retries">The job's new retries; null takes one retry off; 0 moves the job to the dead letter jobs.</param>
    /// <param name="retryTimeout">How long before the job can be acquired again.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task FailJobAsync(
        string jobId,
        string? errorMessage = null,
        string? errorDetails = null,
        int? retries = null,
        TimeSpan? retryTimeout = null,
        CancellationToken cancellationToken = default) =>
        ReportAsync(jobId, WorkerResult.Fail(errorMessage, errorDetails, retries, retryTimeout), cancellationToken);

    /// <summary>Reports a job's outcome with the endpoint that matches its kind (complete, bpmnError, cmmnTerminate or fail).</summary>
    public Task ReportAsync(string jobId, WorkerResult result, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        ArgumentNullException.ThrowIfNull(result);
        return JobResultSender.SendOnceAsync(Api, WorkerId, jobId, result, cancellationToken);
    }

    /// <summary>Releases every job this worker holds (Flowable 7.0+).</summary>
    public Task UnacquireJobsAsync(CancellationToken cancellationToken = default) =>
        Api.UnacquireJobsAsync(new UnacquireJobsRequest { WorkerId = WorkerId }, cancellationToken);

    /// <summary>Releases one job this worker holds (Flowable 7.0+).</summary>
    public Task UnacquireJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return Api.UnacquireJobAsync(jobId, new UnacquireJobsRequest { WorkerId = WorkerId }, cancellationToken);
    }

    /// <summary>Stops every subscription of this client (see <see cref="ExternalWorkerSubscription.StopAsync"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions.Keys)
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Stops every subscription of this client at once and blocks until they have stopped, for callers that cannot
    /// await (a service provider disposed synchronously); bounded as <see cref="ExternalWorkerSubscription.Dispose"/>
    /// describes. Prefer <see cref="DisposeAsync"/>.
    /// </summary>
    public void Dispose()
    {
        var subscriptions = _subscriptions.Keys.ToArray();
        Task.WhenAll(subscriptions.Select(subscription => subscription.StopWithinBoundAsync())).GetAwaiter().GetResult();
        foreach (var subscription in subscriptions.Where(subscription => subscription.Completion.IsCompleted))
        {
            subscription.Dispose();
        }
    }

    /// <summary>Subscribes a handler that already produces <see cref="WorkerResult"/>s (a generated worker, the hosted runtime).</summary>
    internal ExternalWorkerSubscription Subscribe(
        string topic,
        JobHandler handler,
        ExternalWorkerSubscriptionOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        var settings = options?.Clone() ?? new ExternalWorkerSubscriptionOptions();
        settings.Validate();
        var workerId = settings.WorkerId ?? WorkerId;
        ExternalWorkerSubscription subscription;
        lock (_subscribing)
        {
            RefuseSecondSubscription(topic, workerId);
            var loop = new SubscriptionLoop(
                topic, workerId, settings, handler, Api, _timeProvider, Health, _loggerFactory.CreateLogger<ExternalWorkerSubscription>());
            subscription = new ExternalWorkerSubscription(topic, workerId, settings.ShutdownGracePeriod, loop.RunAsync, cancellationToken);
            _subscriptions.TryAdd(subscription, 0);
        }

        subscription.Completion.ContinueWith(
            (_, state) => ((ExternalWorkerClient)state!)._subscriptions.TryRemove(subscription, out var _),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return subscription;
    }

    /// <summary>
    /// Each subscription knows only the jobs it holds itself: two running on one topic as one worker id could both
    /// hold a job (one after the other's lock expired) and run it twice at once, or each take the other's report for
    /// its own. Topics equal but for case count as one, as for the duplicate-topic check (FLW0041).
    /// </summary>
    private void RefuseSecondSubscription(string topic, string workerId)
    {
        foreach (var running in _subscriptions.Keys)
        {
            if (!running.Completion.IsCompleted
                && string.Equals(running.WorkerId, workerId, StringComparison.Ordinal)
                && WorkerTopics.Comparer.Equals(running.Topic, topic))
            {
                throw new InvalidOperationException(
                    $"Topic '{running.Topic}' already has a running subscription as worker '{workerId}' on this client; two would compete for its jobs and could run one job twice at once. "
                    + "Raise that subscription's MaxConcurrency instead, or stop it (await StopAsync) before subscribing again.");
            }
        }
    }

    private static IFlowableExternalJobApi CreateApi(ExternalWorkerClientOptions options)
    {
        if (!Uri.TryCreate(options.FlowableHost, UriKind.Absolute, out var flowableUrl))
        {
            throw new ArgumentException($"FlowableHost must be an absolute http or https URL, not '{options.FlowableHost}'.", nameof(options));
        }

        if (options.HttpClient is not { } httpClient)
        {
            return FlowableExternalJobApi.Create(new FlowableApiOptions
            {
                FlowableUrl = flowableUrl,
                Authentication = options.Authentication,
                Handler = options.HttpMessageHandler,
                Timeout = options.RequestTimeout,
            });
        }

        if (options.Authentication is not null || options.HttpMessageHandler is not null)
        {
            throw new ArgumentException(
                "An HttpClient is used as it is: add authentication to its handlers instead of setting Authentication or HttpMessageHandler.",
                nameof(options));
        }

        httpClient.BaseAddress ??= FlowableExternalJobApi.GetApiAddress(flowableUrl);
        return FlowableExternalJobApi.Create(httpClient);
    }
}
