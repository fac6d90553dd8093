using System.Reflection;

namespace Flowable.Workers.Typed.Hosting.Tests;

public sealed class SampleTests
{
    [Fact]
    public async Task The_HostedWorkers_sample_runs_every_job_on_its_embedded_emulator_and_exits_0()
    {
        var exitCode = await RunSampleAsync();

        Assert.Equal(0, exitCode);
    }

    /// <summary>Calls the sample's top-level statements (the async method behind its entry point).</summary>
    private static Task<int> RunSampleAsync(params string[] args)
    {
        var program = typeof(HostedWorkers.Services.OrderPolicy).Assembly.GetType("Program", throwOnError: true)!;
        var main = program.GetMethod("<Main>$", BindingFlags.NonPublic | BindingFlags.Static)!;
        return (Task<int>)main.Invoke(null, [args])!;
    }
}
