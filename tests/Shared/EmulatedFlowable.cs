using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Flowable.Workers.Typed.Tests.Shared;

/// <summary>
/// A <see cref="FlowableEmulator"/> on loopback and an <see cref="ExternalWorkerClient"/> pointed at it, with captured
/// logs.
/// </summary>
internal sealed class EmulatedFlowable : IAsyncDisposable
{
    /// <summary>A generous upper bound on waiting for an event; never a speed expectation.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public const string WorkerId = "test-worker";

    private readonly ILoggerFactory _loggerFactory;

    private EmulatedFlowable(FlowableEmulator emulator, ExternalWorkerClient client, FakeLogCollector logs, ILoggerFactory loggerFactory)
    {
        Emulator = emulator;
        Client = client;
        Logs = logs;
        _loggerFactory = loggerFactory;
    }

    public FlowableEmulator Emulator { get; }

    public ExternalWorkerClient Client { get; }

    public FakeLogCollector Logs { get; }

    /// <summary>Subscription options for tests: short poll interval and backoff so that the tests stay quick.</summary>
    public static ExternalWorkerSubscriptionOptions FastOptions(int maxConcurrency = 1, int numberOfTasks = 1) => new()
    {
        PollInterval = TimeSpan.FromMilliseconds(20),
        ErrorBackoffInitialDelay = TimeSpan.FromMilliseconds(20),
        ErrorBackoffMaxDelay = TimeSpan.FromMilliseconds(200),
        MaxConcurrency = maxConcurrency,
        NumberOfTasks = numberOfTasks,
    };

    public static async Task<EmulatedFlowable> StartAsync(
        FlowableEmulatorOptions? emulatorOptions = null,
        Action<ExternalWorkerClientOptions>? configureClient = null)
    {
        var emulator = await FlowableEmulator.StartNewAsync(emulatorOptions);
        var collector = new FakeLogCollector();
        var loggerFactory = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Debug)
            .AddProvider(new FakeLoggerProvider(collector)));
        var clientOptions = new ExternalWorkerClientOptions
        {
            FlowableHost = emulator.BaseUrl.ToString(),
            WorkerId = WorkerId,
            LoggerFactory = loggerFactory,
        };
        configureClient?.Invoke(clientOptions);
        return new EmulatedFlowable(emulator, new ExternalWorkerClient(clientOptions), collector, loggerFactory);
    }

    /// <summary>Runs jobs on <typeparamref name="TWorker"/>'s topic with <paramref name="services"/> for its constructor.</summary>
    public ExternalWorkerSubscription Run<TWorker>(ExternalWorkerSubscriptionOptions? options = null, params object[] services)
        where TWorker : class, IExternalWorker<TWorker> =>
        Client.Subscribe<TWorker>(new Services(services), options ?? FastOptions());

    /// <summary>
    /// Subscribes to <paramref name="topic"/> with a handler that runs until it is cancelled, and stops the subscription
    /// once the handler has started: a stop with a job in flight.
    /// </summary>
    public async Task StopWhileAJobRunsAsync(string topic)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = Client.Subscribe(
            topic,
            async (job, result, ct) =>
            {
                started.SetResult();
                await Task.Delay(System.Threading.Timeout.Infinite, ct);
                return result.Success();
            },
            FastOptions());
        await started.Task.WaitAsync(Timeout);
        await subscription.StopAsync().WaitAsync(Timeout);
    }

    /// <summary>The requests the emulator received on one endpoint, e.g. <c>/acquire/jobs</c>.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string apiPath) =>
        Emulator.Requests.Where(r => r.PathAndQuery.EndsWith("/external-job-api" + apiPath, StringComparison.Ordinal)).ToList();

    /// <summary>Log records with this event id (see the client's log event ids).</summary>
    public IReadOnlyList<FakeLogRecord> LogsWithId(int eventId) => Logs.GetSnapshot().Where(log => log.Id.Id == eventId).ToList();

    /// <summary>Waits until <paramref name="condition"/> holds, checking often, up to <see cref="Timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string description)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {description}.");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Emulator.DisposeAsync();
        _loggerFactory.Dispose();
    }

    /// <summary>A service provider over fixed instances: the workers' constructor parameters.</summary>
    private sealed class Services(object[] instances) : IServiceProvider
    {
        public object? GetService(Type serviceType) => instances.FirstOrDefault(serviceType.IsInstanceOfType);
    }
}
