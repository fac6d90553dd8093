using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Flowable.Workers.Typed.Packaging.Tests.Infrastructure;

/// <summary>Reads the metadata of an assembly inside a package, without loading it.</summary>
public static class PackedAssembly
{
    /// <summary>The assemblies <paramref name="entry"/> references, with the versions it was compiled against.</summary>
    public static List<(string Name, Version Version)> ReferencedAssemblies(ZipArchiveEntry entry) =>
        Read(entry, metadata => metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToList());

    /// <summary>The string literals of <paramref name="entry"/>'s code.</summary>
    public static List<string> UserStrings(ZipArchiveEntry entry) =>
        Read(entry, metadata =>
        {
            var strings = new List<string>();
            for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
            {
                strings.Add(metadata.GetUserString(handle));
            }

            return strings;
        });

    private static T Read<T>(ZipArchiveEntry entry, Func<MetadataReader, T> read)
    {
        // A package entry's stream cannot seek, which the PE reader needs.
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var reader = new PEReader(buffer);
        return read(reader.GetMetadataReader());
    }
}
