using Flowable.Workers.Typed.Benchmarks.Check;

namespace Flowable.Workers.Typed.Benchmarks.Tests;

public class SmokeCheckTests
{
    [Fact]
    public void The_check_mode_runs_every_benchmark_body_and_passes()
    {
        using var output = new StringWriter();

        var exitCode = SmokeCheck.Run(output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains("binding benchmark: 3 runs of each body, identical results", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("generator benchmark: 3 cold and incremental runs, 201 files each", output.ToString(), StringComparison.Ordinal);
    }
}
