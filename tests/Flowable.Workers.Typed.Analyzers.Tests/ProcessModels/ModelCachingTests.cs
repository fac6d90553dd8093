using System.Collections.Immutable;
using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

public sealed class ModelCachingTests
{
    private const string Worker = """
        [ExternalWorker("shipOrdr")] public partial class ShipOrder { public void Handle() { } }
        """;

    [Fact]
    public async Task Editing_a_csharp_file_does_not_parse_the_models_again()
    {
        var cache = new ProcessModelCache();
        var options = InMemoryModels.Options(InMemoryModels.File(Models.BpmnPath, Models.ShipOrder()));
        var compilation = AnalyzerRun.Compile(Worker);

        var first = await DiagnosticsAsync(compilation, options, cache);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// an edit\n")));
        var second = await DiagnosticsAsync(edited, options, cache);

        Assert.Equal(1, cache.Parses);
        Assert.Equal(["FLW0050", "FLW0051"], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_same_content_in_a_new_text_is_not_parsed_again_but_an_edited_model_is()
    {
        var cache = new ProcessModelCache();
        var compilation = AnalyzerRun.Compile(Worker);

        await DiagnosticsAsync(compilation, InMemoryModels.Options(InMemoryModels.File(Models.BpmnPath, Models.ShipOrder())), cache);
        await DiagnosticsAsync(compilation, InMemoryModels.Options(InMemoryModels.File(Models.BpmnPath, Models.ShipOrder())), cache);
        Assert.Equal(1, cache.Parses);

        var renamed = await DiagnosticsAsync(compilation, InMemoryModels.Options(InMemoryModels.File(Models.BpmnPath, Models.ShipOrder().Replace("\"shipOrder\"", "\"shipOrdr\"", StringComparison.Ordinal))), cache);
        Assert.Equal(2, cache.Parses);
        Assert.Empty(renamed);
    }

    [Fact]
    public void The_parsed_model_is_equatable_data_so_equal_content_gives_equal_models()
    {
        var first = ProcessModelReader.Read(SourceText.From(Models.ShipOrder(taskBody: Models.InParameters("orderId"))), CancellationToken.None);
        var second = ProcessModelReader.Read(SourceText.From(Models.ShipOrder(taskBody: Models.InParameters("orderId"))), CancellationToken.None);
        var other = ProcessModelReader.Read(SourceText.From(Models.ShipOrder(taskBody: Models.InParameters("customerId"))), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
    }

    private static async Task<string[]> DiagnosticsAsync(Compilation compilation, AnalyzerOptions options, ProcessModelCache cache)
    {
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProcessModelAnalyzer(cache)), options)
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
    }
}
