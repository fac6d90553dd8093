using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;

/// <summary>Applies a code fix to worker sources (usings added) and requires the fixed source, free of the diagnostic.</summary>
internal sealed class WorkerCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public WorkerCodeFixTest(string source, DiagnosticResult expected, string fixedSource)
        : this(source, [expected], fixedSource)
    {
    }

    /// <summary>Several diagnostics in one source: each is fixed one at a time, and all at once by Fix All.</summary>
    public WorkerCodeFixTest(string source, IEnumerable<DiagnosticResult> expected, string fixedSource)
    {
        TestSetup.Apply(TestState, references => ReferenceAssemblies = references);
        TestState.Sources.Add(WorkerSource.WithUsings(source));
        ExpectedDiagnostics.AddRange(expected);
        FixedState.Sources.Add(WorkerSource.WithUsings(fixedSource));
    }

    protected override ParseOptions CreateParseOptions() => TestSetup.ParseOptions(base.CreateParseOptions());

    protected override CompilationOptions CreateCompilationOptions() => TestSetup.CompilationOptions(base.CreateCompilationOptions());
}
