namespace Flowable.Workers.Typed.EndToEnd.Tests.Workers;

/// <summary>Takes a while per job and honours its token: for stopping while jobs are running.</summary>
[ExternalWorker("slow")]
public sealed partial class SlowWorker(SoakLedger ledger)
{
    public async Task<SoakResult> HandleAsync(int n, ExternalWorkerJob job, CancellationToken cancellationToken)
    {
        var run = ledger.Record(job.Id);
        await Task.Delay(TimeSpan.FromMilliseconds(40), cancellationToken);
        return new SoakResult(n * 2, n, run);
    }
}
