namespace Flowable.Workers.Typed.EndToEnd.Tests.Workers;

/// <summary>Holds jobs from a given number on until opened, so that a test stops its workers while they are busy.</summary>
public sealed class StopGate(int firstHeldJob)
{
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;

    public int FirstHeldJob { get; } = firstHeldJob;

    /// <summary>How many handlers are waiting at the gate now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public void Open() => _opened.TrySetResult();

    public async Task PassAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _opened.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }
}

/// <summary>Completes the first jobs at once and holds the later ones at the gate, honouring its token.</summary>
[ExternalWorker("slow")]
public sealed partial class SlowWorker(SoakLedger ledger, StopGate gate)
{
    public async Task<SoakResult> HandleAsync(int n, ExternalWorkerJob job, CancellationToken cancellationToken)
    {
        var run = ledger.Record(job.Id);
        if (n >= gate.FirstHeldJob)
        {
            await gate.PassAsync(cancellationToken);
        }

        return new SoakResult(n * 2, n, run);
    }
}
