namespace Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

/// <summary>
/// Packs Flowable.Workers.Typed and Flowable.Workers.Typed.Testing once per test run, with a version of their own, into
/// a fresh folder feed. Packs a copy of the sources (see <see cref="PackingSources"/>).
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public string Version { get; } = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";

    public string Feed { get; } = Directory.CreateTempSubdirectory("flowable-workers-feed-").FullName;

    public string RuntimePackage => Path.Combine(Feed, $"Flowable.Workers.Typed.{Version}.nupkg");

    private string Sources { get; } = Directory.CreateTempSubdirectory("flowable-workers-sources-").FullName;

    public async Task InitializeAsync()
    {
        PackingSources.CopyTo(Sources);
        foreach (var project in new[] { "src/Flowable.Workers.Typed", "src/Flowable.Workers.Typed.Testing" })
        {
            var pack = await DotnetCli.RunAsync(Sources, "pack", project, "-c", "Release", "-o", Feed, $"-p:Version={Version}");
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
