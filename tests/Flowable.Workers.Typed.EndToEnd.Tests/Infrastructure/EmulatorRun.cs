using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Infrastructure;

/// <summary>An emulator on loopback, a client pointed at it with captured logs, and the subscriptions started on it.</summary>
internal sealed class EmulatorRun : IAsyncDisposable
{
    /// <summary>A generous upper bound on waiting for an event; never a speed expectation.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly ILoggerFactory _loggerFactory;

    private EmulatorRun(FlowableEmulator emulator, ExternalWorkerClient client, FakeLogCollector logs, ILoggerFactory loggerFactory)
    {
        Emulator = emulator;
        Client = client;
        Logs = logs;
        _loggerFactory = loggerFactory;
    }

    public FlowableEmulator Emulator { get; }

    public ExternalWorkerClient Client { get; }

    public FakeLogCollector Logs { get; }

    /// <summary>Quick polling and backoff, so that tests spend their time on jobs rather than on waits.</summary>
    public static ExternalWorkerSubscriptionOptions FastOptions(int maxConcurrency = 1, int numberOfTasks = 1) => new()
    {
        PollInterval = TimeSpan.FromMilliseconds(20),
        ErrorBackoffInitialDelay = TimeSpan.FromMilliseconds(10),
        ErrorBackoffMaxDelay = TimeSpan.FromMilliseconds(200),
        MaxConcurrency = maxConcurrency,
        NumberOfTasks = numberOfTasks,
    };

    public static async Task<EmulatorRun> StartAsync(
        FlowableEmulatorOptions? emulatorOptions = null, Action<ExternalWorkerClientOptions>? configureClient = null)
    {
        var emulator = await FlowableEmulator.StartNewAsync(emulatorOptions);
        var logs = new FakeLogCollector();
        var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs)));
        var options = new ExternalWorkerClientOptions
        {
            FlowableHost = emulator.BaseUrl.ToString(),
            WorkerId = "e2e-worker",
            LoggerFactory = loggerFactory,
        };
        configureClient?.Invoke(options);
        return new EmulatorRun(emulator, new ExternalWorkerClient(options), logs, loggerFactory);
    }

    /// <summary>Runs jobs on <typeparamref name="TWorker"/>'s topic with <paramref name="services"/> for its constructor.</summary>
    public ExternalWorkerSubscription Run<TWorker>(ExternalWorkerSubscriptionOptions? options = null, params object[] services)
        where TWorker : class, IExternalWorker<TWorker> =>
        Client.Subscribe<TWorker>(new Services(services), options ?? FastOptions());

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
