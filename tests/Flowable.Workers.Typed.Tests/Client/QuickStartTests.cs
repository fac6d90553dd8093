using QuickStart;

namespace Flowable.Workers.Typed.Tests.Client;

/// <summary>The QuickStart sample, run as <c>dotnet run --project samples/QuickStart</c> runs it.</summary>
public sealed class QuickStartTests
{
    [Fact]
    public async Task Without_arguments_it_processes_every_job_on_the_embedded_emulator_and_exits_0()
    {
        using var output = new StringWriter();

        var exitCode = await QuickStartProgram.RunAsync([], output, CancellationToken.None).WaitAsync(EmulatedFlowable.Timeout);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("note (string) = \"Order of 250.50 for Ada approved\"", text, StringComparison.Ordinal);
        Assert.Contains("BpmnError (error code amountTooHigh): limit (bigDecimal) = \"1000\"", text, StringComparison.Ordinal);
        Assert.Contains("CmmnTerminated: reason (string) = \"4200 is over the limit of 1000\"", text, StringComparison.Ordinal);
        Assert.Contains("DeadLettered (Variable 'amount' expected bigDecimal but was string \"a lot\")", text, StringComparison.Ordinal);
        Assert.Contains("Completed: reservationId (string) = \"R-1001\", reserved (integer) = 3, shipBy (localDate) = \"2026-12-01\"", text, StringComparison.Ordinal);
        Assert.Contains("BpmnError (error code emptyOrder)", text, StringComparison.Ordinal);
        Assert.Contains("DeadLettered (Variable 'orderedOn' expected localDate but was missing)", text, StringComparison.Ordinal);
        Assert.EndsWith("Every job ended as expected." + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus", "x")]
    [InlineData("--flowable-url")]
    [InlineData("--flowable-url", "http://localhost:8090/flowable-work", "--user", "admin")]
    [InlineData("--flowable-url", "http://localhost:8090/flowable-work", "--user", "admin", "--password", "test", "--token", "t")]
    public async Task Bad_arguments_print_the_usage_and_exit_2(params string[] args)
    {
        using var output = new StringWriter();

        var exitCode = await QuickStartProgram.RunAsync(args, output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains(QuickStartArguments.Usage, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_Flowable_url_it_works_on_that_server_until_stopped()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(
            new Testing.FlowableEmulatorOptions { Authentication = Testing.EmulatorAuthentication.Basic("admin", "test") });
        var jobId = flowable.Emulator.CreateBpmnJob(
            "orders", Testing.EmulatorVariable.String("customer", "Ada"), Testing.EmulatorVariable.Integer("amount", 10));
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();

        var run = QuickStartProgram.RunAsync(
            ["--flowable-url", flowable.Emulator.BaseUrl.ToString(), "--user", "admin", "--password", "test", "--topic", "orders"],
            TextWriter.Synchronized(output),
            stop.Token);
        var outcome = await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);
        await stop.CancelAsync();

        Assert.Equal(0, await run.WaitAsync(EmulatedFlowable.Timeout));
        Assert.Equal(Testing.EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Contains($"job {jobId}: Complete", output.ToString(), StringComparison.Ordinal);
    }
}
