using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Flowable.Workers.Typed.Hosting.Tests.Infrastructure;

/// <summary>A generic host running hosted workers against an emulator, with fast polling and every log captured.</summary>
internal sealed class WorkerHost : IAsyncDisposable
{
    public const string WorkerId = "hosting-tests";

    private WorkerHost(IHost host, FakeLogCollector logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public FakeLogCollector Logs { get; }

    public IServiceProvider Services => Host.Services;

    /// <summary>Builds the host; <paramref name="configuration"/> entries override the fast-polling defaults.</summary>
    public static WorkerHost Create(
        FlowableEmulator? flowable,
        IEnumerable<ExternalWorkerDefinition> workers,
        IDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? services = null,
        Action<FlowableWorkersBuilder>? workersBuilder = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var settings = new Dictionary<string, string?>
        {
            ["Flowable:Url"] = flowable?.BaseUrl.ToString() ?? "http://127.0.0.1:9",
            ["Flowable:WorkerId"] = WorkerId,
            ["Flowable:PollInterval"] = "00:00:00.050",
            ["Flowable:ErrorBackoffInitialDelay"] = "00:00:00.020",
            ["Flowable:ErrorBackoffMaxDelay"] = "00:00:00.100",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new FakeLogCollector();
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs));
        services?.Invoke(builder.Services);
        var flowableWorkers = builder.Services.AddFlowableWorkers(workers);
        workersBuilder?.Invoke(flowableWorkers);
        return new WorkerHost(builder.Build(), logs);
    }

    public static async Task<WorkerHost> StartAsync(
        FlowableEmulator flowable,
        IEnumerable<ExternalWorkerDefinition> workers,
        IDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? services = null,
        Action<FlowableWorkersBuilder>? workersBuilder = null)
    {
        var host = Create(flowable, workers, configuration, services, workersBuilder);
        await host.Host.StartAsync();
        return host;
    }

    /// <summary>Every logged text: messages, exceptions, scopes and structured values.</summary>
    public string AllLogText() => string.Join(
        Environment.NewLine,
        Logs.GetSnapshot().Select(record => string.Join(
            " | ",
            record.Message,
            record.Exception?.ToString(),
            string.Join(", ", record.Scopes.Select(scope => scope?.ToString())),
            string.Join(", ", record.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? []))));

    public async ValueTask DisposeAsync()
    {
        if (Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await Host.StopAsync(timeout.Token);
        }

        await ((IAsyncDisposable)Host).DisposeAsync();
    }
}
