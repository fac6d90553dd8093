namespace Flowable.Workers.Typed.EndToEnd.Tests.Workers;

/// <summary>Counts runs per job and holds the first run of each job until released, for handlers that hang.</summary>
public sealed class HangControl
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public Task Released => _release.Task;

    public void Release() => _release.TrySetResult();

    public bool IsFirstRun() => Interlocked.Increment(ref _runs) == 1;
}

/// <summary>Hangs on its first run until its token fires (shortly before the lock expires); later runs complete.</summary>
[ExternalWorker("hangs.cooperative")]
public sealed partial class HangsUntilCancelled(HangControl control)
{
    public async Task<Receipt> HandleAsync(CancellationToken cancellationToken)
    {
        if (control.IsFirstRun())
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return new Receipt("second-run", 1m, true);
    }
}

/// <summary>Hangs on its first run, ignoring its token, until the test releases it; later runs complete.</summary>
[ExternalWorker("hangs.stubborn")]
public sealed partial class HangsIgnoringCancellation(HangControl control)
{
    public async Task<Receipt> HandleAsync()
    {
        if (control.IsFirstRun())
        {
            await control.Released;
            return new Receipt("first-run", 1m, true);
        }

        return new Receipt("second-run", 2m, true);
    }
}

/// <summary>Returns an output that has no JSON form (NaN).</summary>
[ExternalWorker("bad.output")]
public sealed partial class ReturnsNaN
{
    public Measurement Handle(int samples) => new(samples, double.NaN);
}

public sealed record Measurement(int Samples, double Mean);

/// <summary>Returns a BPMN error, which Flowable refuses for a CMMN job.</summary>
[ExternalWorker("bad.bpmnErrorForCase")]
public sealed partial class BpmnErrorForCase
{
    public WorkerResult Handle() => WorkerResult.BpmnError("NOT_FOR_CASES");
}

/// <summary>Takes typed variables; jobs that carry them with the wrong type fail with a message naming the variable.</summary>
[ExternalWorker("typed.order")]
public sealed partial class TypedOrder
{
    public Receipt Handle(string orderId, int quantity, DateTimeOffset placedAt) =>
        new($"{orderId}-{quantity}-{placedAt:yyyyMMdd}", quantity, true);
}
