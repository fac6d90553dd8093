namespace Flowable.Workers.Typed.Tests.Shared;

/// <summary>Paths inside the repository the tests run from: the folder holding <c>Flowable.Workers.Typed.sln</c>.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

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
