using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

namespace Flowable.Workers.Typed.Packaging.Tests;

/// <summary>
/// Builds samples/PackagedWorker the way a user's project is built: a plain PackageReference to the packed package,
/// restored from a folder feed into a clean packages folder.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PackagedSampleTests(PackedPackages packages)
{
    /// <summary>
    /// net10.0, and net8.0 run on the newest runtime there is (roll-forward): the package's net8.0 assets with their
    /// 8.0.x dependencies.
    /// </summary>
    [Theory]
    [InlineData("net10.0")]
    [InlineData("net8.0")]
    public async Task A_project_referencing_the_package_gets_its_workers_generated_and_running(string targetFramework)
    {
        var project = CopySample();

        var build = await DotnetCli.RunAsync(
            project, "build", "-c", "Release", $"-p:FlowableWorkersVersion={packages.Version}", $"-p:SampleTargetFramework={targetFramework}");
        Assert.True(build.ExitCode == 0, $"the packaged sample did not build for {targetFramework}:{Environment.NewLine}{build.Output}");

        var run = await DotnetCli.RunAsync(project, "exec", "--roll-forward", "Major", Path.Combine("bin", "Release", targetFramework, "PackagedWorker.dll"));
        Assert.True(run.ExitCode == 0, $"the packaged sample failed:{Environment.NewLine}{run.Output}");
        Assert.Contains("Every job ended as expected.", run.Output, StringComparison.Ordinal);
        Assert.Contains("trackingNumber", run.Output, StringComparison.Ordinal);
    }

    private string CopySample()
    {
        var root = Directory.CreateTempSubdirectory("flowable-workers-sample-").FullName;
        var project = Directory.CreateDirectory(Path.Combine(root, "PackagedWorker")).FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Combine("samples", "PackagedWorker")))
        {
            File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
        }

        packages.WriteNuGetConfig(project, Path.Combine(root, "packages"));
        return project;
    }
}
