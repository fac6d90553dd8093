namespace Flowable.Workers.Typed.Hosting.Tests.Workers;

/// <summary>Runs until the test opens the gate or the token is cancelled.</summary>
[ExternalWorker("hosting.gated", MaxConcurrency = 2, NumberOfTasks = 2)]
public sealed partial class GatedWorker(HandlerGate gate)
{
    public async Task HandleAsync(ExternalWorkerJob job, CancellationToken cancellationToken) =>
        await gate.PassAsync(job.Id, cancellationToken);
}
