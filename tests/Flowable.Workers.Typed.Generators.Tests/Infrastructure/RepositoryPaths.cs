namespace Flowable.Workers.Typed.Generators.Tests.Infrastructure;

/// <summary>Paths in the repository, found by walking up from the test binaries to the solution file.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Snapshots { get; } = Path.Combine(Root, "tests", "Flowable.Workers.Typed.Generators.Tests", "Snapshots");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Flowable.Workers.Typed.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Flowable.Workers.Typed.sln above {AppContext.BaseDirectory}.");
    }
}
