namespace Flowable.Workers.Typed.EndToEnd.Tests.Workers;

[ExternalWorker("throws.bpmnError")]
public sealed partial class ThrowsBpmnError
{
    public void Handle(int amount) =>
        throw new BpmnErrorException("LIMIT", Variables.VariableWriter.Int32("limit", amount - 1));
}

[ExternalWorker("throws.cmmnTerminate")]
public sealed partial class ThrowsCmmnTerminate
{
    public async Task HandleAsync()
    {
        await Task.Yield();
        throw new CmmnTerminateException(Variables.VariableWriter.String("why", "cancelled by customer"));
    }
}

[ExternalWorker("throws.failure")]
public sealed partial class ThrowsWorkerFailure
{
    public ValueTask HandleAsync() =>
        throw new WorkerFailureException("payment provider down", "HTTP 503 from provider", retries: 0, retryTimeout: null);
}

[ExternalWorker("throws.other")]
public sealed partial class ThrowsOther
{
    public void Handle(int amount) => throw new InvalidOperationException($"cannot handle {amount}");
}
