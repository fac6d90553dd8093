using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Benchmarks.Generator;

/// <summary>
/// Generator + analyzers over 200 workers, without models and with 100 models of 200 elements (docs/models.md): the
/// difference is what listing the models adds to a build.
/// </summary>
[MemoryDiagnoser]
public class ModelCheckBenchmarks
{
    private ModelCheckWorkload workload = null!;

    /// <summary>Builds the compilation and the model texts; warms the model cache.</summary>
    [GlobalSetup]
    public void Setup()
    {
        workload = new ModelCheckWorkload();
        workload.WithModelsCached();
    }

    /// <summary>The build as it was: no <c>FlowableModel</c> item.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> WithoutModels() => workload.WithoutModels();

    /// <summary>A full build: every model parsed.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> WithModelsParsed() => workload.WithModelsParsed();

    /// <summary>After a C# edit: every model found in the cache.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> WithModelsCached() => workload.WithModelsCached();
}
