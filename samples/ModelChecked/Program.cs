// ModelChecked: workers built against the BPMN and CMMN models they serve (models/, listed as FlowableModel items):
// a topic typo, a variable the task does not send, an error code nothing catches or a wrong scope fails the build
// with FLW0050-FLW0056 (docs/models.md).
//
//   dotnet run --project samples/ModelChecked
//       creates, in an embedded Flowable emulator, the jobs the engine would create for the models' tasks
//       (CreateJobFromModel), runs the workers on them, prints the outcomes and exits (0 when each ended as expected).
using Flowable.Workers.Typed;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelChecked;

await using var flowable = await FlowableEmulator.StartNewAsync(new() { InitialJobRetries = 1 });
var orders = Path.Combine(AppContext.BaseDirectory, "models", "order-fulfilment.bpmn20.xml");
var claims = Path.Combine(AppContext.BaseDirectory, "models", "claim-handling.cmmn.xml");
var expected = new Dictionary<string, EmulatorOutcomeKind>
{
    [flowable.CreateJobFromModel(orders, "reserveStock", Text("orderId", "A-1"), Number("quantity", 3), Text("customer", "Ada"))] = EmulatorOutcomeKind.Completed,
    [flowable.CreateJobFromModel(orders, "reserveStock", Text("orderId", "A-2"), Number("quantity", 30))] = EmulatorOutcomeKind.BpmnError,
    [flowable.CreateJobFromModel(orders, "shipParcel", Text("orderId", "A-1"), Text("reservationId", "R-A-1"))] = EmulatorOutcomeKind.Completed,
    [flowable.CreateJobFromModel(claims, "assessClaim", EmulatorVariable.Double("amount", 250), Text("reason", "hail"))] = EmulatorOutcomeKind.Completed,
};

var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddInMemoryCollection([new("Flowable:Url", flowable.BaseUrl.ToString()), new("Flowable:PollInterval", "00:00:00.100")]);
builder.Services.AddFlowableWorkers(ExternalWorkers.All);
using var host = builder.Build();
await host.StartAsync();

var outcomes = await flowable.WaitForOutcomesAsync(expected.Keys, TimeSpan.FromMinutes(1));
foreach (var outcome in outcomes)
{
    var job = flowable.GetJob(outcome.JobId);
    var sent = string.Join(", ", job.Variables.Select(v => v.Name));
    var written = string.Join(", ", outcome.Variables.Select(v => $"{v.Name}={v.Value?.ToJsonString()}"));
    Console.WriteLine($"{job.ElementId,-13} got [{sent}] → {outcome.Kind}{(outcome.ErrorCode is { } code ? $" ({code})" : "")} {written}".TrimEnd());
}

await host.StopAsync();
var unexpected = outcomes.Count(outcome => outcome.Kind != expected[outcome.JobId]);
Console.WriteLine(unexpected == 0 ? "Every job ended as expected." : $"{unexpected} job(s) ended unexpectedly.");
return unexpected == 0 ? 0 : 1;

static EmulatorVariable Text(string name, string value) => EmulatorVariable.String(name, value);

static EmulatorVariable Number(string name, int value) => EmulatorVariable.Integer(name, value);
