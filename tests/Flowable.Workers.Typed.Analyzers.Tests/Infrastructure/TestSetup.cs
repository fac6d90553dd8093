using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;

/// <summary>
/// What a .NET 8 consumer's build gives the analyzers: .NET 8 reference assemblies, System.Text.Json 10, the runtime's
/// net8.0 build, C# 12 and nullable on.
/// </summary>
internal static class TestSetup
{
    private static readonly string RuntimeNet80 = Path.Combine(AppContext.BaseDirectory, "runtime-net8.0", "Flowable.Workers.Typed.dll");

    public static void Apply(SolutionState state, Action<ReferenceAssemblies> setReferenceAssemblies)
    {
        setReferenceAssemblies(ReferenceAssemblies.Net.Net80.AddPackages([new PackageIdentity("System.Text.Json", "10.0.15")]));
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(RuntimeNet80));
    }

    public static ParseOptions ParseOptions(ParseOptions options) =>
        ((CSharpParseOptions)options).WithLanguageVersion(LanguageVersion.CSharp12);

    public static CompilationOptions CompilationOptions(CompilationOptions options) =>
        ((CSharpCompilationOptions)options)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty);
}
