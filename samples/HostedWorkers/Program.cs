// HostedWorkers: three typed workers in a generic host, configured from appsettings.json, the environment
// (Flowable__Auth__Basic__Password=…) and the command line (--Flowable:Workers:chargeCard:MaxConcurrency=4).
//
//   dotnet run --project samples/HostedWorkers
//       starts an embedded Flowable emulator with a few jobs, runs the workers until every job has ended, prints
//       the outcomes and exits (0 when each ended as expected).
//   dotnet run --project samples/HostedWorkers -- --flowable-url http://localhost:8090/flowable-work
//       runs the workers against a real Flowable until Ctrl+C (credentials from Flowable:Auth).
//   dotnet run --project samples/HostedWorkers -- --Telemetry:Console=true
//       also prints the SDK's spans and metrics with OpenTelemetry's console exporter.
//   dotnet run --project samples/HostedWorkers -- --help
using Flowable.Workers.Typed;
using HostedWorkers;
using HostedWorkers.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

if (SampleArguments.WantsHelp(args))
{
    Console.WriteLine(SampleArguments.Usage);
    return 0;
}

if (!SampleArguments.TryGetFlowableUrl(args, out var flowableUrl, out var argumentError))
{
    Console.Error.WriteLine(argumentError);
    return 2;
}

await using var embedded = flowableUrl is null ? await EmbeddedFlowable.StartAsync() : null;

// The content root is the program's folder, where appsettings.json is copied: the same settings wherever it is started.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = SampleArguments.HostArguments(args),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Configuration.AddInMemoryCollection(embedded?.Configuration ?? [new("Flowable:Url", flowableUrl)]);
builder.Services.AddSingleton<IOrderPolicy, OrderPolicy>();
builder.Services.AddScoped<IPaymentGateway, FakePaymentGateway>();
builder.Services.AddFlowableWorkers(ExternalWorkers.All).AddHealthCheck();
if (builder.Configuration.GetValue<bool>("Telemetry:Console"))
{
    builder.Services.AddOpenTelemetry()
        .WithTracing(tracing => tracing.AddSource(FlowableWorkersTelemetry.Name).AddConsoleExporter())
        .WithMetrics(metrics => metrics.AddMeter(FlowableWorkersTelemetry.Name).AddConsoleExporter());
}

using var host = builder.Build();
if (ConfigurationCheck.FirstError(host.Services) is { } configurationError)
{
    Console.Error.WriteLine(configurationError);
    return 1;
}

if (embedded is null)
{
    await host.RunAsync();
    return 0;
}

await host.StartAsync();
var exitCode = await embedded.ReportAsync(Console.Out);
await host.StopAsync();
return exitCode;
