namespace Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

/// <summary>
/// Packs Flowable.Workers.Typed and Flowable.Workers.Typed.Testing once per test run, with a version of their own, into
/// a fresh folder feed. Packs a copy of the sources (see <see cref="PackingSources"/>).
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public string Version { get; } = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";

    public string Feed { get; } = Directory.CreateTempSubdirectory("flowable-workers-feed-").FullName;

    public string RuntimePackage => PackagePath("Flowable.Workers.Typed");

    public string TestingPackage => PackagePath("Flowable.Workers.Typed.Testing");

    public string PackagePath(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{Version}.{extension}");

    private string Sources { get; } = Directory.CreateTempSubdirectory("flowable-workers-sources-").FullName;

    /// <summary>
    /// Writes a <c>nuget.config</c> into <paramref name="project"/> that restores from <see cref="Feed"/> only, into
    /// <paramref name="globalPackagesFolder"/>, so that the test restores these packages rather than cached ones.
    /// </summary>
    public void WriteNuGetConfig(string project, string globalPackagesFolder) =>
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{globalPackagesFolder}" />
              </config>
              <packageSources>
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

    public async Task InitializeAsync()
    {
        await PackingSources.CopyToRepositoryAsync(Sources, ProjectUrl.Value);
        foreach (var project in new[] { "src/Flowable.Workers.Typed", "src/Flowable.Workers.Typed.Testing", "templates/Flowable.Workers.Typed.Templates" })
        {
            // As a release build in CI: deterministic, with paths mapped for SourceLink.
            var pack = await DotnetCli.RunAsync(
                Sources, "pack", project, "-c", "Release", "-o", Feed, $"-p:Version={Version}", "-p:ContinuousIntegrationBuild=true");
            Assert.True(pack.ExitCode == 0, $"dotnet pack {project} failed:{Environment.NewLine}{pack.Output}");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Feed, recursive: true);
        Directory.Delete(Sources, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "packed packages";
}
