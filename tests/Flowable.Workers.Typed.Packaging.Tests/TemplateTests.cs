using System.Text.Json;
using System.Xml.Linq;
using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

namespace Flowable.Workers.Typed.Packaging.Tests;

/// <summary>
/// `dotnet new flowable-worker` from the packed template package, installed into a template hive of the test's own
/// (the machine's templates stay untouched): the project it creates builds and its tests pass on the emulator.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class TemplateTests(PackedPackages packages)
{
    [Fact]
    public async Task The_flowable_worker_template_creates_a_worker_service_whose_tests_pass()
    {
        var root = Directory.CreateTempSubdirectory("flowable-workers-template-").FullName;
        var hive = Path.Combine(root, "hive");
        var output = Path.Combine(root, "MyWorkers");

        var install = await DotnetCli.RunAsync(root, "new", "install", packages.PackagePath("Flowable.Workers.Typed.Templates"), "--debug:custom-hive", hive);
        Assert.True(install.ExitCode == 0, install.Output);
        var create = await DotnetCli.RunAsync(
            root, "new", "flowable-worker", "-n", "MyWorkers", "-o", output, "--FlowableVersion", packages.Version, "--debug:custom-hive", hive);
        Assert.True(create.ExitCode == 0, create.Output);
        Assert.True(File.Exists(Path.Combine(output, "src", "MyWorkers", "appsettings.json")), create.Output);

        packages.WriteNuGetConfig(output, Path.Combine(root, "packages"));
        var test = await DotnetCli.RunAsync(output, "test", "MyWorkers.slnx");

        Assert.True(test.ExitCode == 0, test.Output);
        Assert.Contains("Passed!", test.Output, StringComparison.Ordinal);
        Assert.Contains("Total:     2", test.Output, StringComparison.Ordinal);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void The_template_references_the_version_the_repository_packs_by_default()
    {
        var template = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine(
            "templates", "Flowable.Workers.Typed.Templates", "content", "FlowableWorker", ".template.config", "template.json")));
        var version = XDocument.Load(RepositoryPaths.Combine("Directory.Build.props")).Descendants("Version").Single().Value;

        Assert.Equal(version, template.RootElement.GetProperty("symbols").GetProperty("FlowableVersion").GetProperty("defaultValue").GetString());
    }
}
