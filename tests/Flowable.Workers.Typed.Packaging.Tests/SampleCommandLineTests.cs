using System.Reflection;
using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

namespace Flowable.Workers.Typed.Packaging.Tests;

/// <summary>
/// The samples' command lines, run as a user runs them: the built program as a process, started from a folder of
/// its own (not the sample's), answering --help, a bad --flowable-url and a bad setting with one message each.
/// </summary>
public sealed class SampleCommandLineTests
{
    private static readonly string Configuration =
        typeof(SampleCommandLineTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    [Theory]
    [InlineData("QuickStart", "--help", "Usage: QuickStart")]
    [InlineData("QuickStart", "-h", "Usage: QuickStart")]
    [InlineData("HostedWorkers", "--help", "Usage: HostedWorkers")]
    public async Task Help_prints_the_usage_and_exits_0(string sample, string option, string usage)
    {
        var run = await RunAsync(sample, option);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.StartsWith(usage, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unexpected argument", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Flowable emulator at", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QuickStart", "not a url")]
    [InlineData("QuickStart", "ftp://localhost/flowable")]
    [InlineData("HostedWorkers", "not a url")]
    [InlineData("HostedWorkers", "localhost:8090")]
    public async Task A_bad_flowable_url_is_a_one_line_error_and_exit_2(string sample, string url)
    {
        var run = await RunAsync(sample, "--flowable-url", url);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Output}");
        var error = run.Output.ReplaceLineEndings().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)[0];
        Assert.Equal($"--flowable-url '{url}' is not an absolute http or https URL, for example http://localhost:8090/flowable-work", error.TrimEnd('.'));
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_setting_stops_the_hosted_sample_with_its_key_once_and_no_stack_trace()
    {
        var run = await RunAsync("HostedWorkers", "--Flowable:Workers:chargeCard:MaxConcurrency=0");

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Output}");
        var message = Assert.Single(run.Output.ReplaceLineEndings().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Configuration error: Flowable:Workers:chargeCard:MaxConcurrency", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hosted_sample_reads_its_own_appsettings_wherever_it_is_started()
    {
        var run = await RunAsync("HostedWorkers");

        Assert.True(run.ExitCode == 0, run.Output);
        // appsettings.json: 4 tasks per acquire for approveOrder, and the host's lifetime messages only from Warning.
        Assert.Contains("on topic 'approveOrder': lock 00:01:00, 4 task(s) per acquire", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Application started", run.Output, StringComparison.Ordinal);
        Assert.Contains("Every job ended as expected.", run.Output, StringComparison.Ordinal);
    }

    private static async Task<ProcessResult> RunAsync(string sample, params string[] arguments)
    {
        var program = RepositoryPaths.Combine("samples", sample, "bin", Configuration, "net10.0", sample + ".dll");
        var elsewhere = Directory.CreateTempSubdirectory("flowable-workers-cwd-").FullName;
        try
        {
            return await DotnetCli.RunAsync(elsewhere, [program, .. arguments]);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
