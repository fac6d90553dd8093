using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Benchmarks.Generator;

/// <summary>Generator cost on a compilation of <see cref="GeneratorWorkload.WorkerCount"/> workers.</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorWorkload workload = null!;

    /// <summary>Parses the workers and warms the driver for the incremental run.</summary>
    [GlobalSetup]
    public void Setup() => workload = new GeneratorWorkload();

    /// <summary>A first run: every worker parsed into a model and emitted.</summary>
    [Benchmark]
    public GeneratorDriver ColdRun() => workload.RunCold();

    /// <summary>A run after an edit to one handler body.</summary>
    [Benchmark]
    public GeneratorDriver IncrementalRunAfterBodyEdit() => workload.RunAfterBodyEdit();
}
