using BenchmarkDotNet.Running;
using Flowable.Workers.Typed.Benchmarks.Check;

// `--check` smokes every benchmark body without BenchmarkDotNet; `--ratio` measures the binding bodies in alternating
// batches; `--models` measures what process models add to a build (docs/benchmarks.md); anything else goes to
// BenchmarkDotNet's switcher (e.g. `--filter '*'`).
return args switch
{
    ["--check"] => SmokeCheck.Run(Console.Out),
    ["--ratio"] => InterleavedRatio.Run(Console.Out),
    ["--models"] => ModelCheckTiming.Run(Console.Out),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SmokeCheck).Assembly).Run(args);
    return 0;
}
