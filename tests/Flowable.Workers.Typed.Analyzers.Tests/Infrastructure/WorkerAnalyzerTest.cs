using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;

/// <summary>Runs one analyzer over worker sources (usings added) and requires exactly the expected diagnostics.</summary>
internal sealed class WorkerAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public WorkerAnalyzerTest(string source, params DiagnosticResult[] expected)
    {
        TestSetup.Apply(TestState, references => ReferenceAssemblies = references);
        TestCode = WorkerSource.WithUsings(source);
        ExpectedDiagnostics.AddRange(expected);
    }

    protected override ParseOptions CreateParseOptions() => TestSetup.ParseOptions(base.CreateParseOptions());

    protected override CompilationOptions CreateCompilationOptions() => TestSetup.CompilationOptions(base.CreateCompilationOptions());
}
