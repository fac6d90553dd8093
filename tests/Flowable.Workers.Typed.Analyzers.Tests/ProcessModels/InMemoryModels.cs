using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

/// <summary>Model files as a compiler host hands them to analyzers: additional texts, each marked FlowableModel.</summary>
internal static class InMemoryModels
{
    public static AnalyzerOptions Options(params AdditionalText[] models) =>
        new([.. models], new MarkedOptionsProvider(models.Select(m => m.Path).ToHashSet()));

    public static AdditionalText File(string path, string content) => new Text(path, SourceText.From(content));

    private sealed class Text(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class MarkedOptionsProvider(HashSet<string> modelPaths) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new ConfigOptions(modelPaths.Contains(textFile.Path)
                ? ImmutableDictionary<string, string>.Empty.Add(ProcessModelSet.ModelMetadata, "true")
                : ImmutableDictionary<string, string>.Empty);
    }

    private sealed class ConfigOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
