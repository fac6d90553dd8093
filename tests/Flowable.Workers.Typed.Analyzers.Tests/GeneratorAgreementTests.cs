using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Flowable.Workers.Typed.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Flowable.Workers.Typed.Analyzers.Tests;

/// <summary>
/// The promise: wherever an analyzer reports an error, the generator emits nothing for the worker (only the registry)
/// and the user sees no compiler error (only the FLW ones); wherever no analyzer reports an error, the generator emits
/// the worker and it compiles.
/// </summary>
public sealed class GeneratorAgreementTests
{
    public static TheoryData<string> EveryTestCase
    {
        get
        {
            var sources = DiagnosticCases.ById.Values.SelectMany(testCase => new[] { testCase.Source, testCase.NearMiss })
                .Concat(DiagnosticCases.MoreFailures.Select(failure => failure.Source))
                .Select(WorkerSource.WithoutMarkup)
                .Distinct(StringComparer.Ordinal);
            return new TheoryData<string>(sources);
        }
    }

    [Theory]
    [MemberData(nameof(EveryTestCase))]
    public async Task The_generator_emits_code_exactly_for_workers_without_analyzer_errors(string source)
    {
        var compilation = AnalyzerRun.Compile(source);
        var analyzerErrors = (await AnalyzerRun.DiagnosticsAsync(compilation)).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        CSharpGeneratorDriver.Create(new ExternalWorkerGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var generated = output.SyntaxTrees.Count() - compilation.SyntaxTrees.Count();

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.All(analyzerErrors, d => Assert.StartsWith("FLW", d.Id, StringComparison.Ordinal));
        // The registry is always generated; the worker's own file only when it is valid.
        Assert.Equal(analyzerErrors.Count > 0 ? 1 : 2, generated);
    }
}
