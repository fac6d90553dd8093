using System.Text.Json.Nodes;
using Flowable.Workers.Typed.EndToEnd.Tests.Workers;
using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Faults;

/// <summary>Jobs whose variables do not fit the worker's parameters fail with a message naming the variable; the others go on.</summary>
public sealed class WrongTypedVariableTests
{
    public static TheoryData<EmulatorVariable, string> WrongVariables => new()
    {
        { EmulatorVariable.String("quantity", "three"), "quantity" },
        { EmulatorVariable.Long("quantity", 5_000_000_000), "quantity" },
        { EmulatorVariable.Double("quantity", 2.5), "quantity" },
        { EmulatorVariable.Raw("orderId", "integer", JsonValue.Create(7)), "orderId" },
        { EmulatorVariable.Raw("placedAt", "date", JsonValue.Create("yesterday")), "placedAt" },
        { EmulatorVariable.Null("orderId"), "orderId" },
    };

    [Theory]
    [MemberData(nameof(WrongVariables))]
    public async Task A_variable_of_the_wrong_type_fails_its_job_with_a_message_naming_it_and_the_next_job_is_done(
        EmulatorVariable wrong, string name)
    {
        await using var run = await EmulatedFlowable.StartAsync();
        EmulatorVariable[] good =
        [
            EmulatorVariable.String("orderId", "o-1"),
            EmulatorVariable.Integer("quantity", 3),
            EmulatorVariable.Date("placedAt", new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)),
        ];
        var badJob = run.Emulator.CreateJob(
            EmulatorJobDefinition.Bpmn("typed.order", [.. good.Where(v => v.Name != wrong.Name), wrong]) with { Retries = 1 });
        var goodJob = run.Emulator.CreateBpmnJob("typed.order", good);

        await using var subscription = run.Run<TypedOrder>();
        var outcomes = await run.Emulator.WaitForOutcomesAsync([badJob, goodJob], EmulatedFlowable.Timeout);

        Assert.Equal(EmulatorOutcomeKind.DeadLettered, outcomes[0].Kind);
        Assert.Contains($"'{name}'", outcomes[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(EmulatorOutcomeKind.Completed, outcomes[1].Kind);
        Assert.Equal(EmulatorVariable.String("receiptId", "o-1-3-20261130"), outcomes[1].Variable("receiptId"));
        var rejected = Assert.Single(run.LogsWithId(21));
        Assert.Equal(LogLevel.Warning, rejected.Level);
        Assert.Contains(badJob, rejected.Message, StringComparison.Ordinal);
    }
}
