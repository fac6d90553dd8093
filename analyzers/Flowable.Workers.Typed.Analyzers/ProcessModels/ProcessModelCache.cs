using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// Parses each model file content once. The IDE keeps a model's <see cref="SourceText"/> while C# files are edited, so
/// the same text is found by reference; a text with the same content (the next command-line build in the compiler
/// server) is found by its SHA-256. Bounded: the content table is emptied when it reaches <see cref="MaxEntries"/>.
/// </summary>
internal sealed class ProcessModelCache
{
    private const int MaxEntries = 512;

    private readonly ConditionalWeakTable<SourceText, ProcessModelFile> byText = new();
    private readonly ConcurrentDictionary<string, ProcessModelFile> byContent = new(StringComparer.Ordinal);
    private int parses;

    /// <summary>The cache the analyzers share.</summary>
    public static ProcessModelCache Shared { get; } = new();

    /// <summary>How many times this cache parsed a file (for the caching tests).</summary>
    public int Parses => Volatile.Read(ref parses);

    public ProcessModelFile Get(SourceText text, CancellationToken cancellationToken)
    {
        if (byText.TryGetValue(text, out var known))
        {
            return known;
        }

        if (text.Length > ProcessModelReader.MaxCharacters)
        {
            return ProcessModelReader.TooLarge(text.Length);
        }

        var key = ContentKey(text);
        if (!byContent.TryGetValue(key, out var model))
        {
            Interlocked.Increment(ref parses);
            model = ProcessModelReader.Read(text, cancellationToken);
            if (byContent.Count >= MaxEntries)
            {
                byContent.Clear();
            }

            byContent[key] = model;
        }

        byText.GetValue(text, _ => model);
        return model;
    }

    private static string ContentKey(SourceText text)
    {
        using var sha = SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
