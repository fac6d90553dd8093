using Flowable.Workers.Typed.Testing.Engine;
using Flowable.Workers.Typed.Testing.Server;

namespace Flowable.Workers.Typed.Testing;

/// <summary>
/// Flowable's external worker job REST API, served over real HTTP on 127.0.0.1, for end-to-end tests of workers.
/// Create jobs, point a client at <see cref="BaseUrl"/>, and await what the worker did with
/// <see cref="WaitForOutcomeAsync"/>.
/// </summary>
/// <example>
/// <code>
/// await using var flowable = await FlowableEmulator.StartNewAsync(new() { ContextPath = "/flowable-work" });
/// var jobId = flowable.CreateBpmnJob("orderService", EmulatorVariable.Integer("amount", 50));
/// // ... run the worker against flowable.BaseUrl ...
/// var outcome = await flowable.WaitForOutcomeAsync(jobId, TimeSpan.FromSeconds(10));
/// Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
/// </code>
/// </example>
public sealed class FlowableEmulator : IAsyncDisposable
{
    private readonly FlowableEmulatorOptions _options;
    private readonly string _contextPath;
    private readonly JobStore _jobs;
    private readonly RequestLog _requests = new();
    private readonly RequestPipeline _pipeline;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private KestrelHost? _host;
    private ITimer? _sweep;
    private int _port;

    /// <summary>Creates an emulator; call <see cref="StartAsync"/> to serve requests.</summary>
    public FlowableEmulator(FlowableEmulatorOptions? options = null)
    {
        _options = options ?? new FlowableEmulatorOptions();
        ArgumentNullException.ThrowIfNull(_options.Authentication);
        ArgumentNullException.ThrowIfNull(_options.TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.LockExpirySweepInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(_options.InitialJobRetries);
        ArgumentOutOfRangeException.ThrowIfNegative(_options.Port);
        _contextPath = NormalizeContextPath(_options.ContextPath);
        _port = _options.Port;
        _jobs = new JobStore(_options.TimeProvider, _options.InitialJobRetries);
        _pipeline = new RequestPipeline(
            _contextPath, _options.Authentication, Faults, _requests, new ExternalJobApi(_jobs, _options.SupportsUnacquire));
    }

    /// <summary>The Flowable root to give a client, e.g. <c>http://127.0.0.1:5123/flowable-work</c>.</summary>
    /// <exception cref="InvalidOperationException">The emulator was never started.</exception>
    public Uri BaseUrl => new($"http://127.0.0.1:{RequirePort()}{_contextPath}");

    /// <summary>The root of the external worker job API: <see cref="BaseUrl"/> + <c>/external-job-api</c>.</summary>
    public Uri ApiUrl => new($"http://127.0.0.1:{RequirePort()}{_contextPath}/external-job-api");

    /// <summary>The port served on; kept across <see cref="StopAsync"/> and <see cref="StartAsync"/>.</summary>
    public int Port => RequirePort();

    /// <summary>Whether the server is currently accepting requests.</summary>
    public bool IsRunning => Volatile.Read(ref _host) is not null;

    /// <summary>Fault injection switches (errors, latency, dropped connections, acquire outage).</summary>
    public EmulatorFaults Faults { get; } = new();

    /// <summary>The requests received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.Snapshot();

    /// <summary>Every job created, in creation order, as it is now.</summary>
    public IReadOnlyList<EmulatorJobState> Jobs => _jobs.All();

    /// <summary>The terminal outcomes so far, in the order they happened.</summary>
    public IReadOnlyList<EmulatorJobOutcome> Outcomes => _jobs.Outcomes();

    /// <summary>Creates and starts an emulator.</summary>
    public static async Task<FlowableEmulator> StartNewAsync(
        FlowableEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var emulator = new FlowableEmulator(options);
        await emulator.StartAsync(cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Starts serving; after a <see cref="StopAsync"/> it serves again on the same port with the same jobs.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_host is not null)
            {
                return;
            }

            var host = await KestrelHost.StartAsync(_port, _pipeline.HandleAsync, cancellationToken).ConfigureAwait(false);
            _port = host.Port;
            _sweep = _options.TimeProvider.CreateTimer(
                _ => _jobs.ResetExpiredLocks(), null, _options.LockExpirySweepInterval, _options.LockExpirySweepInterval);
            Volatile.Write(ref _host, host);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Stops serving (connections are refused) but keeps the jobs, outcomes and port for a later <see cref="StartAsync"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var host = _host;
            if (host is null)
            {
                return;
            }

            Volatile.Write(ref _host, null);
            if (_sweep is not null)
            {
                await _sweep.DisposeAsync().ConfigureAwait(false);
                _sweep = null;
            }

            await host.StopAsync(cancellationToken).ConfigureAwait(false);
            await host.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Creates a job as the engine would when a process or case reaches an external worker task.</summary>
    /// <returns>The job id.</returns>
    public string CreateJob(EmulatorJobDefinition definition) => _jobs.Create(definition);

    /// <summary>Creates a BPMN job on <paramref name="topic"/> with these variables.</summary>
    /// <returns>The job id.</returns>
    public string CreateBpmnJob(string topic, params EmulatorVariable[] variables) =>
        _jobs.Create(EmulatorJobDefinition.Bpmn(topic, variables));

    /// <summary>Creates a CMMN job on <paramref name="topic"/> with these variables.</summary>
    /// <returns>The job id.</returns>
    public string CreateCmmnJob(string topic, params EmulatorVariable[] variables) =>
        _jobs.Create(EmulatorJobDefinition.Cmmn(topic, variables));

    /// <summary>
    /// Creates the job the engine would create when an instance with <paramref name="instanceVariables"/> reaches the
    /// external-worker task <paramref name="elementId"/> of a BPMN or CMMN model file (docs/models.md).
    /// </summary>
    /// <returns>The job id.</returns>
    /// <exception cref="NotSupportedException">An in-parameter or the topic is an expression other than <c>${name}</c>.</exception>
    public string CreateJobFromModel(string modelPath, string elementId, params EmulatorVariable[] instanceVariables) =>
        _jobs.Create(Models.ModelJobFactory.Create(modelPath, elementId, instanceVariables));

    /// <summary>The job as it is now, including jobs that already left the API.</summary>
    /// <exception cref="KeyNotFoundException">No job has that id.</exception>
    public EmulatorJobState GetJob(string jobId) => _jobs.Get(jobId);

    /// <summary>
    /// Runs the expired-lock reset now instead of waiting for the sweep: clears locks and retry timeouts that ended
    /// before the current time.
    /// </summary>
    /// <returns>How many jobs were reset.</returns>
    public int SweepExpiredLocks() => _jobs.ResetExpiredLocks();

    /// <summary>Waits until the job is completed, BPMN-errored, terminated or dead-lettered.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="timeout">How long to wait at most (real time, whatever the emulator's clock).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="TimeoutException">The job had no outcome in time; the message says where it stands.</exception>
    public async Task<EmulatorJobOutcome> WaitForOutcomeAsync(string jobId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _jobs.OutcomeOf(jobId).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No outcome within {timeout}: {Describe(_jobs.Get(jobId))}");
        }
    }

    /// <summary>Waits until every one of these jobs has an outcome.</summary>
    /// <returns>The outcomes, in the order of <paramref name="jobIds"/>.</returns>
    /// <exception cref="TimeoutException">Some job had no outcome in time; the message lists them.</exception>
    public async Task<IReadOnlyList<EmulatorJobOutcome>> WaitForOutcomesAsync(
        IEnumerable<string> jobIds, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        var ids = jobIds.ToList();
        var all = Task.WhenAll(ids.Select(_jobs.OutcomeOf));
        try
        {
            return await all.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var pending = ids.Select(_jobs.Get).Where(job => job.IsActive).Select(Describe);
            throw new TimeoutException($"Jobs without an outcome after {timeout}:{Environment.NewLine}{string.Join(Environment.NewLine, pending)}");
        }
    }

    /// <summary>Waits until <paramref name="count"/> jobs, whichever, have an outcome.</summary>
    /// <returns>The first <paramref name="count"/> outcomes, in the order they happened.</returns>
    /// <exception cref="TimeoutException">Fewer outcomes came in time.</exception>
    public async Task<IReadOnlyList<EmulatorJobOutcome>> WaitForOutcomesAsync(
        int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _jobs.FirstOutcomes(count).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Only {_jobs.Outcomes().Count} of {count} outcomes within {timeout}.");
        }
    }

    /// <summary>Forgets the requests logged so far.</summary>
    public void ClearRequests() => _requests.Clear();

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private static string Describe(EmulatorJobState job) =>
        $"job '{job.Id}' on topic '{job.Topic}' has retries {job.Retries}, "
        + (job.LockOwner is null ? "no lock owner" : $"lock owner '{job.LockOwner}' until {job.LockExpirationTime:O}")
        + (job.ExceptionMessage is null ? string.Empty : $", last error '{job.ExceptionMessage}'")
        + $", history: {string.Join(" → ", job.History.Select(e => e.Kind))}";

    private static string NormalizeContextPath(string? contextPath)
    {
        var path = (contextPath ?? string.Empty).Trim().TrimEnd('/');
        if (path.Length > 0 && !path.StartsWith('/'))
        {
            path = "/" + path;
        }

        return path.IndexOfAny(['?', '#', ' ']) < 0
            ? path
            : throw new ArgumentException($"'{contextPath}' is not a valid context path.", nameof(contextPath));
    }

    private int RequirePort() =>
        _port != 0 ? _port : throw new InvalidOperationException("The emulator has not been started; call StartAsync first.");
}
