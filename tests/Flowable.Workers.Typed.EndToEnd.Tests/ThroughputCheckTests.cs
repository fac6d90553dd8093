using Flowable.Workers.Typed.Throughput;

namespace Flowable.Workers.Typed.EndToEnd.Tests;

/// <summary>The throughput benchmark's quick mode (server in its own process), so that the on-demand benchmark cannot rot unnoticed.</summary>
public sealed class ThroughputCheckTests
{
    [Fact]
    public async Task The_quick_check_runs_every_row_and_the_idle_measurement_and_exits_0()
    {
        using var output = new StringWriter();

        var exitCode = await ThroughputBenchmark.RunAsync(["--check"], output);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        foreach (var row in Row.Grid)
        {
            Assert.Contains($"| {row.Label} | ", text, StringComparison.Ordinal);
        }

        Assert.Contains("Idle cost: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("answered 500", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_fail_rate_the_quick_check_also_measures_the_sdk_against_failing_requests()
    {
        using var output = new StringWriter();

        var exitCode = await ThroughputBenchmark.RunAsync(["--check", "--jobs", "20", "--fail-rate", "0.05"], output);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("SDK jobs/s, 5 % of requests answered 500", text, StringComparison.Ordinal);
        Assert.Equal(2 * Row.Grid.Length, Row.Grid.Sum(row => text.Split($"| {row.Label} | ").Length - 1));
    }

    [Theory]
    [InlineData("--jobs")]
    [InlineData("--jobs", "0")]
    [InlineData("--fail-rate", "0.9")]
    [InlineData("--fail-rate", "x")]
    [InlineData("--fast", "1")]
    public async Task Bad_arguments_print_the_usage_and_exit_2(params string[] args)
    {
        using var output = new StringWriter();

        var exitCode = await ThroughputBenchmark.RunAsync(args, output);

        Assert.Equal(2, exitCode);
        Assert.Contains(BenchmarkArguments.Usage, output.ToString(), StringComparison.Ordinal);
    }
}
