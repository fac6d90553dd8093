using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

namespace Flowable.Workers.Typed.Packaging.Tests;

/// <summary>
/// The .snupkg beside each package: a portable PDB per assembly whose SourceLink map points at the project's sources at
/// the packed commit, with the sources generated during the build embedded; the assemblies are deterministic builds.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class SymbolPackageTests(PackedPackages packages)
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Theory]
    [InlineData("Flowable.Workers.Typed", "lib/net10.0/Flowable.Workers.Typed")]
    [InlineData("Flowable.Workers.Typed", "lib/net8.0/Flowable.Workers.Typed")]
    [InlineData("Flowable.Workers.Typed.Testing", "lib/net10.0/Flowable.Workers.Typed.Testing")]
    public void The_symbol_package_has_a_pdb_with_source_link_to_the_packed_commit(string id, string assembly)
    {
        var symbols = packages.PackagePath(id, "snupkg");
        Assert.True(File.Exists(symbols), $"{Path.GetFileName(symbols)} was not packed.");

        using var symbolPackage = ZipFile.OpenRead(symbols);
        using var pdb = MetadataReaderProvider.FromPortablePdbStream(Copy(symbolPackage.GetEntry(assembly + ".pdb")!));
        var reader = pdb.GetMetadataReader();

        var sourceLink = JsonDocument.Parse(CustomDebugInformation(reader, SourceLinkKind, EntityHandle.ModuleDefinition).Single());
        var targets = sourceLink.RootElement.GetProperty("documents").EnumerateObject().Select(document => document.Value.GetString()!).ToList();
        var rawBase = ProjectUrl.Value.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal);
        Assert.Contains($"{rawBase}/{PackedCommit(id)}/*", targets);

        var embedded = reader.Documents.Count(document => CustomDebugInformation(reader, EmbeddedSourceKind, document).Any());
        Assert.True(embedded > 0, "no source generated during the build is embedded in the PDB");
    }

    [Theory]
    [InlineData("Flowable.Workers.Typed", "lib/net10.0/Flowable.Workers.Typed.dll")]
    [InlineData("Flowable.Workers.Typed.Testing", "lib/net8.0/Flowable.Workers.Typed.Testing.dll")]
    public void The_packed_assembly_is_a_deterministic_build_with_mapped_paths(string id, string assembly)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        using var reader = new PEReader(Copy(package.GetEntry(assembly)!));
        var debugDirectory = reader.ReadDebugDirectory();

        Assert.Contains(debugDirectory, entry => entry.Type == DebugDirectoryEntryType.Reproducible);
        var codeView = reader.ReadCodeViewDebugDirectoryData(debugDirectory.First(entry => entry.Type == DebugDirectoryEntryType.CodeView));
        Assert.StartsWith("/_/", codeView.Path, StringComparison.Ordinal);
    }

    private string PackedCommit(string id)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        using var stream = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return (string)XDocument.Load(stream).Descendants().Single(element => element.Name.LocalName == "repository").Attribute("commit")!;
    }

    private static IEnumerable<byte[]> CustomDebugInformation(MetadataReader reader, Guid kind, EntityHandle parent) =>
        reader.GetCustomDebugInformation(parent)
            .Select(reader.GetCustomDebugInformation)
            .Where(information => reader.GetGuid(information.Kind) == kind)
            .Select(information => reader.GetBlobBytes(information.Value));

    private static MemoryStream Copy(ZipArchiveEntry entry)
    {
        var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        return buffer;
    }
}
