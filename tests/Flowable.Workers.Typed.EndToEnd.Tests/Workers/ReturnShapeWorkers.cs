namespace Flowable.Workers.Typed.EndToEnd.Tests.Workers;

/// <summary>A small output, the same for every shape that returns one.</summary>
public sealed record Receipt(string ReceiptId, decimal Amount, bool Paid);

[ExternalWorker("shape.void")]
public sealed partial class ReturnsVoid
{
    public void Handle(int amount) => _ = amount;
}

[ExternalWorker("shape.task")]
public sealed partial class ReturnsTask
{
    public async Task HandleAsync() => await Task.Yield();
}

[ExternalWorker("shape.valueTask")]
public sealed partial class ReturnsValueTask
{
    public ValueTask HandleAsync() => ValueTask.CompletedTask;
}

[ExternalWorker("shape.object")]
public sealed partial class ReturnsObject
{
    public Receipt Handle(string orderId) => new($"r-{orderId}", 12.50m, true);
}

[ExternalWorker("shape.taskOfObject")]
public sealed partial class ReturnsTaskOfObject
{
    public async Task<Receipt> HandleAsync(string orderId)
    {
        await Task.Yield();
        return new Receipt($"r-{orderId}", 12.50m, true);
    }
}

[ExternalWorker("shape.valueTaskOfObject")]
public sealed partial class ReturnsValueTaskOfObject
{
    public ValueTask<Receipt> HandleAsync(string orderId) => ValueTask.FromResult(new Receipt($"r-{orderId}", 12.50m, true));
}

[ExternalWorker("shape.nullObject")]
public sealed partial class ReturnsNullObject
{
    public Task<Receipt?> HandleAsync() => Task.FromResult<Receipt?>(null);
}

[ExternalWorker("shape.workerResult")]
public sealed partial class ReturnsWorkerResult
{
    public WorkerResult Handle(string code) => WorkerResult.BpmnError(code, [Variables.VariableWriter.String("reason", "declined")]);
}

[ExternalWorker("shape.taskOfWorkerResult")]
public sealed partial class ReturnsTaskOfWorkerResult
{
    public async Task<WorkerResult> HandleAsync()
    {
        await Task.Yield();
        return WorkerResult.CmmnTerminate([Variables.VariableWriter.Boolean("terminated", true)]);
    }
}

[ExternalWorker("shape.valueTaskOfWorkerResult")]
public sealed partial class ReturnsValueTaskOfWorkerResult
{
    public ValueTask<WorkerResult> HandleAsync() => ValueTask.FromResult(WorkerResult.Fail("no stock", "details", retries: 0));
}
