using System.Xml.Linq;
using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Flowable.Workers.Typed.Packaging.Tests.DocSnippets;

/// <summary>
/// Lays out every compiled snippet as a user's projects referencing the packed packages, all in one solution so that
/// one <c>dotnet build</c> compiles them: the type-only files together in one library (each in a namespace of its
/// own), and each program (a Program.cs block, or a fragment in its glue) in a console project of its own with the
/// blocks it names. Remembers which generated file and line came from which page and line.
/// </summary>
internal sealed class SnippetWorkspace
{
    private const string TypesProject = "Types";
    private const string FragmentMarker = "/* fragment */";

    private readonly Dictionary<string, (DocSnippet Snippet, int LineOffset)> _files = new(StringComparer.Ordinal);

    public string Root { get; } = Directory.CreateTempSubdirectory("flowable-workers-snippets-").FullName;

    public List<string> Programs { get; } = [];

    public static SnippetWorkspace Create(IReadOnlyList<DocSnippet> snippets, PackedPackages packages)
    {
        var workspace = new SnippetWorkspace();
        workspace.Write(snippets, packages);
        return workspace;
    }

    /// <summary>The snippet and the line in its page of a generated file's line, or null for a file of no snippet.</summary>
    public (DocSnippet Snippet, int PageLine)? Locate(string file, int line) =>
        _files.TryGetValue(Path.GetFileName(file), out var entry) ? (entry.Snippet, entry.Snippet.Line + line - entry.LineOffset) : null;

    private void Write(IReadOnlyList<DocSnippet> snippets, PackedPackages packages)
    {
        packages.WriteNuGetConfig(Root, Path.Combine(Root, "packages"));
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), DirectoryBuildProps(packages.Version));
        // Info rules (FLW0045) are not printed by a build: as warnings they are, for the bad examples that show them.
        File.WriteAllText(Path.Combine(Root, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.FLW0045.severity = warning\n");

        var projects = new List<string> { TypesProject };
        WriteProject(TypesProject, "Library", "<NoWarn>$(NoWarn);FLW0041</NoWarn>");
        foreach (var snippet in snippets.Where(snippet => snippet.Kind is DocSnippet.CompleteFile or DocSnippet.BadExample && !IsProgram(snippet.Code)))
        {
            // The namespace goes on the last using line (or the first line), so that line numbers stay the page's.
            WriteFile(TypesProject, snippet, InNamespace(snippet), lineOffset: 1);
        }

        foreach (var snippet in snippets.Where(snippet => snippet.Kind == DocSnippet.Fragment || (snippet.Kind == DocSnippet.CompleteFile && IsProgram(snippet.Code))))
        {
            var project = snippet.Name;
            projects.Add(project);
            Programs.Add(project);
            WriteProject(project, "Exe", "");
            if (snippet.Kind == DocSnippet.Fragment)
            {
                var glue = File.ReadAllLines(RepositoryPaths.Combine("tests", "Flowable.Workers.Typed.Packaging.Tests", "DocSnippets", "Glue", snippet.Glue + ".cs"));
                var at = Array.FindIndex(glue, line => line.Trim() == FragmentMarker);
                WriteFile(project, snippet, string.Join('\n', [.. glue[..at], snippet.Code, .. glue[(at + 1)..]]), lineOffset: at + 2);
            }
            else
            {
                WriteFile(project, snippet, snippet.Code, lineOffset: 1);
            }

            foreach (var name in snippet.With)
            {
                var other = snippets.Single(candidate => candidate.Page == snippet.Page && candidate.Id == name);
                WriteFile(project, other, other.Code, lineOffset: 1, fileName: $"{project}_with_{other.Name}.cs");
            }
        }

        File.WriteAllText(Path.Combine(Root, "Snippets.slnx"), new XElement("Solution",
            projects.Select(project => new XElement("Project", new XAttribute("Path", $"{project}/{project}.csproj")))).ToString());
    }

    private void WriteProject(string project, string outputType, string extra)
    {
        Directory.CreateDirectory(Path.Combine(Root, project));
        File.WriteAllText(Path.Combine(Root, project, project + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                {extra}
              </PropertyGroup>
            </Project>
            """);
    }

    private void WriteFile(string project, DocSnippet snippet, string code, int lineOffset, string? fileName = null)
    {
        fileName ??= snippet.Name + ".cs";
        File.WriteAllText(Path.Combine(Root, project, fileName), code);
        _files[fileName] = (snippet, lineOffset);
    }

    private static bool IsProgram(string code) =>
        CSharpSyntaxTree.ParseText(code).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();

    private static string InNamespace(DocSnippet snippet)
    {
        var lines = snippet.Code.Split('\n');
        if (lines.Any(line => line.StartsWith("namespace ", StringComparison.Ordinal)))
        {
            return snippet.Code;
        }

        var lastUsing = Array.FindLastIndex(lines, line => line.StartsWith("using ", StringComparison.Ordinal));
        var namespaceLine = $"namespace {snippet.Name};";
        if (lastUsing >= 0)
        {
            lines[lastUsing] += " " + namespaceLine;
        }
        else
        {
            lines[0] = namespaceLine + " " + lines[0];
        }

        return string.Join('\n', lines);
    }

    /// <summary>A user's project as `dotnet new console` makes it, with the packages the pages use.</summary>
    private static string DirectoryBuildProps(string flowableVersion)
    {
        var versions = XDocument.Load(RepositoryPaths.Combine("Directory.Packages.props")).Descendants("PackageVersion")
            .Where(item => item.Attribute("Condition") is null && item.Parent?.Attribute("Condition") is null)
            .ToDictionary(item => (string)item.Attribute("Include")!, item => (string)item.Attribute("Version")!, StringComparer.Ordinal);
        return $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>MyWorkers</RootNamespace>
                <!-- Many small projects: one compiler server for all of them. -->
                <UseSharedCompilation>true</UseSharedCompilation>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Flowable.Workers.Typed" Version="{flowableVersion}" />
                <PackageReference Include="Flowable.Workers.Typed.Testing" Version="{flowableVersion}" />
                <PackageReference Include="Microsoft.Extensions.Hosting" Version="{versions["Microsoft.Extensions.Hosting"]}" />
                <PackageReference Include="OpenTelemetry.Extensions.Hosting" Version="{versions["OpenTelemetry.Extensions.Hosting"]}" />
                <PackageReference Include="xunit" Version="{versions["xunit"]}" />
              </ItemGroup>
            </Project>
            """;
    }
}
