using System.Collections.Immutable;
using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers.Tests;

/// <summary>CA1822 on a worker's handler is suppressed (the adapter needs an instance); everywhere else it stays.</summary>
public sealed class HandlerSuppressorTests
{
    private const string Source = """
        [ExternalWorker("shipOrder")]
        public partial class ShipOrder
        {
            public string Handle(string orderId) => orderId;

            public string Helper(string orderId) => orderId;
        }

        public sealed class NotAWorker
        {
            public string Handle(string orderId) => orderId;
        }
        """;

    [Fact]
    public async Task Only_the_handler_of_a_worker_has_its_CA1822_suppressed()
    {
        var diagnostics = await DiagnosticsAsync(Source);

        var suppressed = diagnostics.Where(d => d.IsSuppressed).Select(Describe);
        var reported = diagnostics.Where(d => !d.IsSuppressed).Select(Describe);
        Assert.Equal(["ShipOrder.Handle"], suppressed);
        Assert.Equal(["NotAWorker.Handle", "ShipOrder.Helper"], reported.Order(StringComparer.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EveryMethodCouldBeStatic(), new HandlerSuppressor());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        return await AnalyzerRun.Compile(source).WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var method = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>()!;
        return $"{((TypeDeclarationSyntax)method.Parent!).Identifier.Text}.{method.Identifier.Text}";
    }

    // A test double, not a shipped analyzer: it must use the reserved ID it stands in for, and has no release to track.
#pragma warning disable RS1029, RS1036, RS2008

    /// <summary>Stands in for the .NET analyzer: reports CA1822 on every method, whatever it does.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EveryMethodCouldBeStatic : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new(
            "CA1822", "Mark members as static", "Member '{0}' can be marked as static", "Performance", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    if (symbolContext.Symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
                    {
                        symbolContext.ReportDiagnostic(Diagnostic.Create(Rule, method.Locations[0], method.Name));
                    }
                },
                SymbolKind.Method);
        }
    }
#pragma warning restore RS1029, RS1036, RS2008
}
