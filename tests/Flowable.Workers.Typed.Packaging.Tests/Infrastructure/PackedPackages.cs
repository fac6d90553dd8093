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

    /// <summary>
    /// Creates a project that consumes the runtime package, in a fresh folder of its own: <c>&lt;name&gt;.csproj</c>
    /// (net10.0, nullable on, the package reference and <paramref name="items"/>), one source file, and a
    /// <c>nuget.config</c> restoring from <see cref="Feed"/> (see <see cref="WriteNuGetConfig"/>).
    /// </summary>
    /// <param name="name">The project's name, also the name of its folder.</param>
    /// <param name="fileName">The source file's name.</param>
    /// <param name="source">The source file's text.</param>
    /// <param name="items">More MSBuild items for the project's item group, or empty.</param>
    /// <returns>The project's folder; its parent is free for files beside it.</returns>
    public string CreateConsumer(string name, string fileName, string source, string items = "")
    {
        var root = Directory.CreateTempSubdirectory($"flowable-workers-{name.ToLowerInvariant()}-").FullName;
        var project = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        File.WriteAllText(Path.Combine(project, fileName), source);
        File.WriteAllText(Path.Combine(project, $"{name}.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Flowable.Workers.Typed" Version="{{Version}}" />
                {{items}}
              </ItemGroup>
            </Project>
            """);
        WriteNuGetConfig(project, Path.Combine(root, "packages"));
        return project;
    }

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
