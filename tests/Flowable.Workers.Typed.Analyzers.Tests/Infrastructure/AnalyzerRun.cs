using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;

/// <summary>
/// Worker sources compiled in memory against this process's framework and the runtime library, with both analyzers
/// and, on request, the generator: for tests that look at all diagnostics at once rather than one exact list.
/// </summary>
internal static class AnalyzerRun
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static CSharpCompilation Compile(string source) =>
        CSharpCompilation.Create(
            "TestProject",
            [CSharpSyntaxTree.ParseText(WorkerSource.WithUsings(WorkerSource.WithoutMarkup(source)), new CSharpParseOptions(LanguageVersion.CSharp12))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source) => DiagnosticsAsync(Compile(source));

    public static Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Compilation compilation) =>
        compilation.WithAnalyzers([new ExternalWorkerAnalyzer(), new DuplicateTopicAnalyzer()]).GetAnalyzerDiagnosticsAsync();
}
