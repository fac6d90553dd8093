using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Generators.Tests.Infrastructure;

/// <summary>
/// Runs the generator the way a .NET 8 consumer's build does (reference assemblies of .NET 8, C# 12, nullable on,
/// the runtime's net8.0 build) and requires exactly the expected generated sources and no diagnostic, warnings included.
/// </summary>
internal sealed class SnapshotTest : CSharpSourceGeneratorTest<ExternalWorkerGenerator, DefaultVerifier>
{
    private static readonly string RuntimeNet80 = Path.Combine(AppContext.BaseDirectory, "runtime-net8.0", "Flowable.Workers.Typed.dll");

    public SnapshotTest()
    {
        // The runtime's net8.0 build uses the framework's own System.Text.Json, as a net8.0 consumer's build does.
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(RuntimeNet80));
        CompilerDiagnostics = CompilerDiagnostics.Warnings;
    }

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions())
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty);
}
