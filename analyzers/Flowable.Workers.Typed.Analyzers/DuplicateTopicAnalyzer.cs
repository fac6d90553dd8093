using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers;

/// <summary>Warns when two workers of one compilation subscribe to the same topic (case aside: see <see cref="WorkerTopics"/>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateTopicAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateTopic);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (WorkerAttributes.Resolve(start.Compilation) is not { } attributeType)
            {
                return;
            }

            var workersByTopic = new ConcurrentDictionary<string, ConcurrentBag<(INamedTypeSymbol Worker, AttributeData Attribute, string Topic)>>(WorkerTopics.Comparer);
            start.RegisterSymbolAction(symbolContext => Collect(symbolContext, attributeType, workersByTopic), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => Report(end, workersByTopic));
        });
    }

    private static void Collect(SymbolAnalysisContext context, INamedTypeSymbol attributeType, ConcurrentDictionary<string, ConcurrentBag<(INamedTypeSymbol, AttributeData, string)>> workersByTopic)
    {
        var worker = (INamedTypeSymbol)context.Symbol;
        var attribute = WorkerAttributes.Find(worker, attributeType);
        if (worker.Name.Length > 0 && attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string topic && !string.IsNullOrWhiteSpace(topic))
        {
            workersByTopic.GetOrAdd(topic, _ => []).Add((worker, attribute, topic));
        }
    }

    private static void Report(CompilationAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<(INamedTypeSymbol Worker, AttributeData Attribute, string Topic)>> workersByTopic)
    {
        foreach (var pair in workersByTopic)
        {
            var workers = pair.Value.OrderBy(w => w.Worker.ToDisplayString(), StringComparer.Ordinal).ToList();
            if (workers.Count < 2)
            {
                continue;
            }

            foreach (var (worker, attribute, topic) in workers)
            {
                var others = string.Join("', '", workers
                    .Where(w => !SymbolEqualityComparer.Default.Equals(w.Worker, worker))
                    .Select(w => w.Topic == topic ? w.Worker.ToDisplayString() : $"{w.Worker.ToDisplayString()} as \"{w.Topic}\""));
                var location = ProblemLocations.ArgumentValue(attribute, "topic")?.GetLocation() ?? ProblemLocations.NameLocation(worker);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateTopic, location, worker.Name, topic, others));
            }
        }
    }
}
