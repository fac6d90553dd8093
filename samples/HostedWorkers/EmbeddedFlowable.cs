using Flowable.Workers.Typed.Testing;

namespace HostedWorkers;

/// <summary>
/// The sample's stand-in for a Flowable server: an emulator on loopback with a few jobs for each worker, and the
/// outcome each job should end with.
/// </summary>
internal sealed class EmbeddedFlowable : IAsyncDisposable
{
    private readonly FlowableEmulator _emulator;
    private readonly Dictionary<string, EmulatorOutcomeKind> _expected;

    private EmbeddedFlowable(FlowableEmulator emulator, Dictionary<string, EmulatorOutcomeKind> expected)
    {
        _emulator = emulator;
        _expected = expected;
    }

    /// <summary>The configuration that points the workers at the emulator and polls quickly.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Configuration =>
    [
        new("Flowable:Url", _emulator.BaseUrl.ToString()),
        new("Flowable:PollInterval", "00:00:00.100"),
    ];

    public static async Task<EmbeddedFlowable> StartAsync()
    {
        var emulator = await FlowableEmulator.StartNewAsync(new() { ContextPath = "/flowable-work", InitialJobRetries = 1 });
        var expected = new Dictionary<string, EmulatorOutcomeKind>
        {
            [emulator.CreateBpmnJob("approveOrder", Text("customer", "Ada"), Amount(250.50m), Json("order", """{"id":"A-1","lines":2}"""))] =
                EmulatorOutcomeKind.Completed,
            [emulator.CreateBpmnJob("approveOrder", Text("customer", "Alan"), Amount(5000m), Json("order", """{"id":"A-2","lines":9}"""))] =
                EmulatorOutcomeKind.BpmnError,
            [emulator.CreateBpmnJob("chargeCard", Text("customerId", "c-42"), Amount(99.90m))] = EmulatorOutcomeKind.Completed,
            [emulator.CreateBpmnJob("chargeCard", Text("customerId", "c-43"), Text("amount", "a lot"))] = EmulatorOutcomeKind.DeadLettered,
            [emulator.CreateCmmnJob("shipOrder", Json("lines", """[{"sku":"X-1","quantity":4},{"sku":"Y-2","quantity":1}]"""))] =
                EmulatorOutcomeKind.Completed,
            [emulator.CreateCmmnJob("shipOrder", Json("lines", "[]"))] = EmulatorOutcomeKind.CmmnTerminated,
        };
        return new EmbeddedFlowable(emulator, expected);
    }

    /// <summary>Waits until every job has ended, prints the outcomes, and returns 0 when each ended as expected.</summary>
    public async Task<int> ReportAsync(TextWriter output)
    {
        await output.WriteLineAsync($"Flowable emulator at {_emulator.BaseUrl}; {_expected.Count} jobs on 3 topics");
        var outcomes = await _emulator.WaitForOutcomesAsync(_expected.Keys, TimeSpan.FromMinutes(1));
        foreach (var outcome in outcomes)
        {
            var topic = _emulator.GetJob(outcome.JobId).Topic;
            var variables = string.Join(", ", outcome.Variables.Select(variable => $"{variable.Name}={variable.Value?.ToJsonString()}"));
            var detail = outcome.ErrorCode ?? outcome.ErrorMessage;
            await output.WriteLineAsync($"{topic,-12} job {outcome.JobId}: {outcome.Kind}{(detail is null ? "" : $" ({detail})")} {variables}".TrimEnd());
        }

        var unexpected = outcomes.Count(outcome => outcome.Kind != _expected[outcome.JobId]);
        await output.WriteLineAsync(unexpected == 0 ? "Every job ended as expected." : $"{unexpected} job(s) ended unexpectedly.");
        return unexpected == 0 ? 0 : 1;
    }

    public ValueTask DisposeAsync() => _emulator.DisposeAsync();

    private static EmulatorVariable Text(string name, string value) => EmulatorVariable.String(name, value);

    private static EmulatorVariable Amount(decimal value) => EmulatorVariable.BigDecimal("amount", value);

    private static EmulatorVariable Json(string name, string json) => EmulatorVariable.Json(name, json);
}
