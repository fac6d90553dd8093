using BenchmarkDotNet.Attributes;
using Flowable.Workers.Typed.Benchmarks.Reflection;

namespace Flowable.Workers.Typed.Benchmarks.Binding;

/// <summary>
/// Binding cost per job: the same acquired job through the generated adapter and through the reflection binder, each
/// producing the <see cref="WorkerResult"/> the client would send. Both complete synchronously, so the numbers are
/// binding, handler call and result mapping only.
/// </summary>
[MemoryDiagnoser]
public class BindingBenchmarks
{
    private readonly ShipOrder worker = new();
    private readonly ExternalWorkerJob job = BenchmarkJobs.Valid();
    private readonly ReflectionBinder reflectionBinder = ReflectionBinder.For(typeof(ShipOrder));

    /// <summary>The adapter the source generator wrote for <see cref="ShipOrder"/>.</summary>
    [Benchmark]
    public WorkerResult Generated() => Completed(((IExternalWorker)worker).ExecuteAsync(job, CancellationToken.None));

    /// <summary>The reflection-based binder doing the same job.</summary>
    [Benchmark(Baseline = true)]
    public WorkerResult Reflection() => Completed(reflectionBinder.ExecuteAsync(worker, job, CancellationToken.None));

    private static WorkerResult Completed(ValueTask<WorkerResult> execution) =>
        execution.IsCompletedSuccessfully
            ? execution.Result
            : throw new InvalidOperationException("The benchmarked worker completes synchronously; this one did not.");
}
