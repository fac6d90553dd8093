// Runs the typed ShipOrder worker from the packed Flowable.Workers.Typed package against the emulator package.
// Exit code 0 when every job ended as expected.
using System.Text.Json.Nodes;
using Flowable.Workers.Typed;
using Flowable.Workers.Typed.Testing;
using PackagedWorker;

await using var flowable = await FlowableEmulator.StartNewAsync();
var parcels = new JsonArray(new JsonObject { ["sku"] = "A-1", ["quantity"] = 2 });
var expected = new Dictionary<string, EmulatorOutcomeKind>
{
    [flowable.CreateBpmnJob("shipOrder", EmulatorVariable.String("orderId", "1001"), EmulatorVariable.String("carrier", "courier"),
        EmulatorVariable.Json("parcels", parcels))] = EmulatorOutcomeKind.Completed,
    [flowable.CreateBpmnJob("shipOrder", EmulatorVariable.String("orderId", "1002"), EmulatorVariable.String("carrier", "post"),
        EmulatorVariable.Json("parcels", new JsonArray()))] = EmulatorOutcomeKind.BpmnError,
};

await using var client = new ExternalWorkerClient(flowable.BaseUrl.ToString(), workerId: "packaged-worker");
await using var subscription = client.Subscribe<ShipOrder>();

var outcomes = await flowable.WaitForOutcomesAsync(expected.Keys, TimeSpan.FromSeconds(30));
foreach (var outcome in outcomes)
{
    Console.WriteLine($"job {outcome.JobId}: {outcome.Kind} {string.Join(", ", outcome.Variables)}");
}

var unexpected = outcomes.Count(outcome => outcome.Kind != expected[outcome.JobId]);
Console.WriteLine(unexpected == 0 ? "Every job ended as expected." : $"{unexpected} job(s) ended unexpectedly.");
return unexpected == 0 ? 0 : 1;
