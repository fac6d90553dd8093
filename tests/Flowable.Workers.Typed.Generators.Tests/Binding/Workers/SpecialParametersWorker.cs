namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

/// <summary>Takes the job and the cancellation token, bound by type wherever they stand.</summary>
[ExternalWorker("special")]
public sealed partial class SpecialParametersWorker
{
    public ExternalWorkerJob? ReceivedJob { get; private set; }

    public CancellationToken ReceivedToken { get; private set; }

    public string? ReceivedName { get; private set; }

    public ValueTask HandleAsync(CancellationToken ct, [Variable("customer_name")] string name, ExternalWorkerJob job)
    {
        ReceivedToken = ct;
        ReceivedName = name;
        ReceivedJob = job;
        return ValueTask.CompletedTask;
    }
}
