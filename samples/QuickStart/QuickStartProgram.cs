using System.Text.Json.Nodes;
using Flowable.Workers.Typed;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;

namespace QuickStart;

/// <summary>The two ways the QuickStart runs: on an embedded emulator (the default) or on a real Flowable.</summary>
internal static class QuickStartProgram
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken stop)
    {
        if (QuickStartArguments.WantsHelp(args))
        {
            await output.WriteLineAsync(QuickStartArguments.Help);
            return 0;
        }

        if (!QuickStartArguments.TryParse(args, out var arguments, out var error))
        {
            await output.WriteLineAsync($"{error}{Environment.NewLine}{QuickStartArguments.Usage}");
            return 2;
        }

        return arguments.FlowableUrl is null
            ? await RunOnEmulatorAsync(arguments.Topic, output)
            : await RunOnFlowableAsync(arguments, output, stop);
    }

    private static async Task<int> RunOnEmulatorAsync(string topic, TextWriter output)
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { ContextPath = "/flowable-work", InitialJobRetries = 1 });
        var expected = new Dictionary<string, EmulatorOutcomeKind>
        {
            [flowable.CreateBpmnJob(topic, Customer("Ada"), EmulatorVariable.BigDecimal("amount", 250.50m))] = EmulatorOutcomeKind.Completed,
            [flowable.CreateCmmnJob(topic, Customer("Grace"), EmulatorVariable.Integer("amount", 800))] = EmulatorOutcomeKind.Completed,
            [flowable.CreateBpmnJob(topic, Customer("Alan"), EmulatorVariable.BigDecimal("amount", 5000m))] = EmulatorOutcomeKind.BpmnError,
            [flowable.CreateCmmnJob(topic, Customer("Edsger"), EmulatorVariable.Double("amount", 4200.0))] = EmulatorOutcomeKind.CmmnTerminated,
            [flowable.CreateBpmnJob(topic, Customer("Eve"), EmulatorVariable.String("amount", "a lot"))] = EmulatorOutcomeKind.DeadLettered,
            [flowable.CreateBpmnJob(ReserveStock.Topic, Order("1001"), Lines(("A-1", 2), ("B-7", 1)), OrderedOn, Express)] = EmulatorOutcomeKind.Completed,
            [flowable.CreateBpmnJob(ReserveStock.Topic, Order("1002"), Lines(), OrderedOn)] = EmulatorOutcomeKind.BpmnError,
            [flowable.CreateBpmnJob(ReserveStock.Topic, Order("1003"), Lines(("C-3", 4)))] = EmulatorOutcomeKind.DeadLettered,
        };
        await output.WriteLineAsync($"Flowable emulator at {flowable.BaseUrl}; {expected.Count} jobs on topics '{topic}' and '{ReserveStock.Topic}'");

        await using var client = new ExternalWorkerClient(flowable.BaseUrl.ToString(), workerId: "quickstart-worker");
        var options = new ExternalWorkerSubscriptionOptions { PollInterval = TimeSpan.FromMilliseconds(100), MaxConcurrency = 2 };
        await using var subscription = client.Subscribe(topic, ApproveOrder.Handle, options);
        await using var typedSubscription = client.Subscribe<ReserveStock>(options: options);

        var outcomes = await flowable.WaitForOutcomesAsync(expected.Keys, TimeSpan.FromSeconds(30));
        foreach (var outcome in outcomes)
        {
            await output.WriteLineAsync(Describe(outcome));
        }

        var unexpected = outcomes.Count(outcome => outcome.Kind != expected[outcome.JobId]);
        await output.WriteLineAsync(unexpected == 0 ? "Every job ended as expected." : $"{unexpected} job(s) ended unexpectedly.");
        return unexpected == 0 ? 0 : 1;
    }

    private static async Task<int> RunOnFlowableAsync(QuickStartArguments arguments, TextWriter output, CancellationToken stop)
    {
        using var logging = LoggerFactory.Create(builder => builder.AddSimpleConsole(console => console.SingleLine = true));
        await using var client = new ExternalWorkerClient(new ExternalWorkerClientOptions
        {
            FlowableHost = arguments.FlowableUrl!,
            Authentication = arguments.Authentication,
            LoggerFactory = logging,
        });
        await output.WriteLineAsync($"Worker '{client.WorkerId}' on topic '{arguments.Topic}' at {arguments.FlowableUrl}; Ctrl+C stops.");

        var subscription = client.Subscribe(
            arguments.Topic,
            (job, result, ct) =>
            {
                var outcome = ApproveOrder.Handle(job, result, ct);
                output.WriteLine($"job {job.Id}: {outcome?.Kind ?? WorkerResultKind.Complete}");
                return outcome;
            },
            cancellationToken: stop);
        var typedSubscription = client.Subscribe<ReserveStock>(cancellationToken: stop);
        await Task.WhenAll(subscription.Completion, typedSubscription.Completion);
        return 0;
    }

    private static readonly EmulatorVariable OrderedOn = EmulatorVariable.LocalDate("orderedOn", new DateOnly(2026, 11, 30));

    private static readonly EmulatorVariable Express = EmulatorVariable.Boolean("express", true);

    private static EmulatorVariable Customer(string name) => EmulatorVariable.String("customer", name);

    private static EmulatorVariable Order(string orderId) => EmulatorVariable.String("orderId", orderId);

    private static EmulatorVariable Lines(params (string Sku, int Quantity)[] lines) =>
        EmulatorVariable.Json("lines", new JsonArray([.. lines.Select(line => new JsonObject { ["sku"] = line.Sku, ["quantity"] = line.Quantity })]));

    private static string Describe(EmulatorJobOutcome outcome)
    {
        var detail = outcome.Kind switch
        {
            EmulatorOutcomeKind.BpmnError => $" (error code {outcome.ErrorCode})",
            EmulatorOutcomeKind.DeadLettered => $" ({outcome.ErrorMessage})",
            _ => string.Empty,
        };
        var variables = outcome.Variables.Count == 0 ? string.Empty : $": {string.Join(", ", outcome.Variables)}";
        return $"job {outcome.JobId}: {outcome.Kind}{detail}{variables}";
    }
}
