using Flowable.Workers.Typed;
using MyWorkers;

// Runs every [ExternalWorker] of this project (ExternalWorkers is generated in the project's root namespace) with
// the settings of the Flowable section of appsettings.json.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddFlowableWorkers(ExternalWorkers.All).AddHealthCheck();
await builder.Build().RunAsync();
