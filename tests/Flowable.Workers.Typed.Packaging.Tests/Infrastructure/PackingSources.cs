namespace Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

/// <summary>
/// A copy of what `dotnet pack` of the two packages reads (root build files, src/, generators/, analyzers/), without
/// bin/ and obj/. Packing the copy keeps the nested Release restore and build out of the obj/ folders that the
/// solution's own test run is building in at the same time.
/// </summary>
internal static class PackingSources
{
    private static readonly string[] RootFiles =
        ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig", "README.md"];

    private static readonly string[] Folders = ["src", "generators", "analyzers"];

    public static string CopyTo(string destination)
    {
        foreach (var file in RootFiles.Where(file => File.Exists(RepositoryPaths.Combine(file))))
        {
            File.Copy(RepositoryPaths.Combine(file), Path.Combine(destination, file));
        }

        foreach (var folder in Folders)
        {
            CopyFolder(new DirectoryInfo(RepositoryPaths.Combine(folder)), Path.Combine(destination, folder));
        }

        return destination;
    }

    private static void CopyFolder(DirectoryInfo source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(destination, file.Name));
        }

        foreach (var folder in source.EnumerateDirectories().Where(folder => folder.Name is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(destination, folder.Name));
        }
    }
}
