namespace Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

/// <summary>
/// A copy of what `dotnet pack` of the packages reads (root build files, src/, generators/, analyzers/, templates/),
/// without bin/ and obj/, committed to a git repository of its own whose origin is the project's URL, as a release
/// build from a clone of the project would be (SourceLink reads the commit and the origin). Packing the copy keeps the
/// nested Release restore and build out of the obj/ folders that the solution's own test run is building in at the
/// same time.
/// </summary>
internal static class PackingSources
{
    private static readonly string[] RootFiles =
        ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig", "README.md"];

    private static readonly string[] Folders = ["src", "generators", "analyzers", "templates"];

    public static async Task<string> CopyToRepositoryAsync(string destination, string originUrl)
    {
        CopyTo(destination);
        string[][] commands =
        [
            ["init", "--quiet"],
            ["remote", "add", "origin", originUrl],
            ["add", "--all"],
            ["-c", "user.name=packaging-tests", "-c", "user.email=packaging-tests@localhost", "commit", "--quiet", "--no-gpg-sign", "-m", "sources to pack"],
        ];
        foreach (var arguments in commands)
        {
            var git = await DotnetCli.RunProcessAsync("git", destination, arguments);
            Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)} failed:{Environment.NewLine}{git.Output}");
        }

        return destination;
    }

    private static void CopyTo(string destination)
    {
        foreach (var file in RootFiles.Where(file => File.Exists(RepositoryPaths.Combine(file))))
        {
            File.Copy(RepositoryPaths.Combine(file), Path.Combine(destination, file));
        }

        foreach (var folder in Folders)
        {
            CopyFolder(new DirectoryInfo(RepositoryPaths.Combine(folder)), Path.Combine(destination, folder));
        }
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
