using BenchmarkDotNet.Running;
using Flowable.Workers.Typed.Benchmarks.Check;

// `--check` smokes every benchmark body without BenchmarkDotNet; anything else goes to BenchmarkDotNet's switcher
// (e.g. `--filter '*'`).
if (args is ["--check"])
{
    return SmokeCheck.Run(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(SmokeCheck).Assembly).Run(args);
return 0;
