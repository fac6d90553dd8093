using Flowable.Workers.Typed.Throughput;

namespace Flowable.Workers.Typed.EndToEnd.Tests;

/// <summary>The throughput benchmark's quick mode, so that the on-demand benchmark cannot rot unnoticed.</summary>
public sealed class ThroughputCheckTests
{
    [Fact]
    public async Task The_quick_check_runs_every_setting_and_the_idle_measurement_and_exits_0()
    {
        using var output = new StringWriter();

        var exitCode = await ThroughputBenchmark.RunAsync(["--check"], output);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        foreach (var setting in Setting.Grid)
        {
            Assert.Contains($"| {setting.MaxConcurrency} | {setting.NumberOfTasks} | ", text, StringComparison.Ordinal);
        }

        Assert.Contains("Idle cost: ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--jobs")]
    [InlineData("--jobs", "0")]
    [InlineData("--fast")]
    public async Task Bad_arguments_print_the_usage_and_exit_2(params string[] args)
    {
        using var output = new StringWriter();

        var exitCode = await ThroughputBenchmark.RunAsync(args, output);

        Assert.Equal(2, exitCode);
        Assert.Contains(BenchmarkArguments.Usage, output.ToString(), StringComparison.Ordinal);
    }
}
