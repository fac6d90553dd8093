namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

/// <summary>The handler's output: each property becomes a variable, typed by the binding table.</summary>
public sealed record Outcome(string ReceiptId, bool Paid, int? Attempts, decimal Amount, Priority Level, Address? Shipping, DateTimeOffset At)
{
    [Variable("total_lines")]
    public int Lines { get; init; }
}

internal static class Outcomes
{
    public static Outcome Sample { get; } = new("r-1", true, null, 12.50m, Priority.High, new Address("Main", 5), new DateTimeOffset(2026, 11, 23, 10, 15, 30, 123, TimeSpan.Zero)) { Lines = 3 };
}

[ExternalWorker("returnsVoid")]
public sealed partial class ReturnsVoid
{
    public int Calls { get; private set; }

    public void Handle() => Calls++;
}

[ExternalWorker("returnsTask")]
public sealed partial class ReturnsTask
{
    public int Calls { get; private set; }

    public async Task HandleAsync()
    {
        await Task.Yield();
        Calls++;
    }
}

[ExternalWorker("returnsValueTask")]
public sealed partial class ReturnsValueTask
{
    public int Calls { get; private set; }

    public ValueTask HandleAsync()
    {
        Calls++;
        return ValueTask.CompletedTask;
    }
}

[ExternalWorker("returnsOutcome")]
public sealed partial class ReturnsOutcome
{
    public Outcome Handle() => Outcomes.Sample;
}

[ExternalWorker("returnsTaskOfOutcome")]
public sealed partial class ReturnsTaskOfOutcome
{
    public async Task<Outcome> HandleAsync()
    {
        await Task.Yield();
        return Outcomes.Sample;
    }
}

[ExternalWorker("returnsValueTaskOfOutcome")]
public sealed partial class ReturnsValueTaskOfOutcome
{
    public ValueTask<Outcome> HandleAsync() => ValueTask.FromResult(Outcomes.Sample);
}

[ExternalWorker("returnsNullOutcome")]
public sealed partial class ReturnsNullOutcome
{
    public Task<Outcome?> HandleAsync() => Task.FromResult<Outcome?>(null);
}

[ExternalWorker("returnsWorkerResult")]
public sealed partial class ReturnsWorkerResult
{
    public WorkerResult Handle(string code) => WorkerResult.BpmnError(code, [Variables.VariableWriter.String("reason", "declined")]);
}

[ExternalWorker("returnsTaskOfWorkerResult")]
public sealed partial class ReturnsTaskOfWorkerResult
{
    public async Task<WorkerResult> HandleAsync()
    {
        await Task.Yield();
        return WorkerResult.CmmnTerminate();
    }
}

[ExternalWorker("returnsValueTaskOfWorkerResult")]
public sealed partial class ReturnsValueTaskOfWorkerResult
{
    public ValueTask<WorkerResult> HandleAsync() => ValueTask.FromResult(WorkerResult.Fail("no stock", retries: 0));
}

[ExternalWorker("returnsNullFromOutcome")]
public sealed partial class ReturnsNullFromOutcome
{
    public Outcome Handle() => null!;
}

[ExternalWorker("returnsNullFromTaskOfOutcome")]
public sealed partial class ReturnsNullFromTaskOfOutcome
{
    public async Task<Outcome> HandleAsync()
    {
        await Task.Yield();
        return null!;
    }
}

[ExternalWorker("returnsNullFromWorkerResult")]
public sealed partial class ReturnsNullFromWorkerResult
{
    public WorkerResult Handle() => null!;
}

[ExternalWorker("returnsNullFromValueTaskOfWorkerResult")]
public sealed partial class ReturnsNullFromValueTaskOfWorkerResult
{
    public ValueTask<WorkerResult> HandleAsync() => ValueTask.FromResult<WorkerResult>(null!);
}

[ExternalWorker("returnsNullableWorkerResult")]
public sealed partial class ReturnsNullableWorkerResult
{
    public ValueTask<WorkerResult?> HandleAsync() => ValueTask.FromResult<WorkerResult?>(null);
}

public readonly record struct Totals(int Lines, decimal Sum);

[ExternalWorker("returnsNullableStruct")]
public sealed partial class ReturnsNullableStruct
{
    public Totals? Handle(bool give) => give ? new Totals(3, 12.5m) : null;
}

[ExternalWorker("returnsTaskOfNullableStruct")]
public sealed partial class ReturnsTaskOfNullableStruct
{
    public Task<Totals?> HandleAsync(bool give) => Task.FromResult<Totals?>(give ? new Totals(3, 12.5m) : null);
}

[ExternalWorker("returnsStruct")]
public sealed partial class ReturnsStruct
{
    public ValueTask<Totals> HandleAsync() => ValueTask.FromResult(new Totals(2, 1.5m));
}
