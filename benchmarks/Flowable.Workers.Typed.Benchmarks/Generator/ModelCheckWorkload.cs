using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Flowable.Workers.Typed.Analyzers;
using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Flowable.Workers.Typed.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Benchmarks.Generator;

/// <summary>
/// What model checks add to a build: the generator, the compiler's diagnostics (the binding every build does) and the
/// analyzers over <see cref="GeneratorWorkload.WorkerCount"/>
/// workers, without models, and with <see cref="ProcessModelSources.ModelCount"/> models of
/// <see cref="ProcessModelSources.ElementsPerModel"/> elements each, parsed from scratch (a full build) or found in the
/// cache (the IDE after a C# edit, or the next build in the compiler server).
/// </summary>
public sealed class ModelCheckWorkload
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly CSharpCompilation compilation;
    private readonly AnalyzerOptions noModels;
    private readonly AnalyzerOptions withModels;
    private readonly ProcessModelCache warmCache = new();

    public ModelCheckWorkload()
    {
        SyntaxTree[] trees =
        [
            CSharpSyntaxTree.ParseText(WorkerSources.SharedTypes, ParseOptions, path: "Order.cs"),
            .. Enumerable.Range(0, GeneratorWorkload.WorkerCount)
                .Select(index => CSharpSyntaxTree.ParseText(WorkerSources.Worker(index), ParseOptions, path: $"ShipOrder{index}.cs")),
        ];
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        compilation = CSharpCompilation.Create(
            "Bench.Workers",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var models = Enumerable.Range(0, ProcessModelSources.ModelCount)
            .Select(index => (AdditionalText)new ModelText($"/models/fulfilment{index}.bpmn20.xml", ProcessModelSources.Model(index, GeneratorWorkload.WorkerCount)))
            .ToImmutableArray();
        noModels = new AnalyzerOptions([]);
        withModels = new AnalyzerOptions(models, new MarkedModels());
    }

    /// <summary>Generator and analyzers without a model: the build as it was.</summary>
    public ImmutableArray<Diagnostic> WithoutModels() => Run(noModels, null);

    /// <summary>Generator and analyzers with every model parsed from scratch, as in a first or full build.</summary>
    public ImmutableArray<Diagnostic> WithModelsParsed() => Run(withModels, new ProcessModelCache());

    /// <summary>Generator and analyzers with every model already parsed, as after a C# edit.</summary>
    public ImmutableArray<Diagnostic> WithModelsCached() => Run(withModels, warmCache);

    /// <summary>How many model parses the warm cache has done (one per model, ever).</summary>
    public int WarmCacheParses => warmCache.Parses;

    /// <summary>
    /// The process-model analyzer's own execution time (Roslyn's analyzer telemetry) when it runs alone over the
    /// compilation, with the models parsed from scratch or found in the warm cache. Alone, it is the first to bind
    /// every worker's symbols and parses every worker itself.
    /// </summary>
    public TimeSpan ProcessModelAnalyzerTime(bool parsed)
    {
        var analyzer = new ProcessModelAnalyzer(parsed ? new ProcessModelCache() : warmCache);
        return AnalyzerTimes([analyzer], withModels)[0];
    }

    /// <summary>The worker analyzer's own execution time alone, for comparison (it parses every worker too).</summary>
    public TimeSpan ExternalWorkerAnalyzerTime() => AnalyzerTimes([new ExternalWorkerAnalyzer()], noModels)[0];

    /// <summary>
    /// The package's three analyzers as a build runs them, together: their summed execution time, and the process-model
    /// analyzer's share of it (the workers' symbols bound, and each worker parsed, once for all three). Without models, or with every model parsed
    /// from scratch, or found in the warm cache.
    /// </summary>
    public (TimeSpan All, TimeSpan ProcessModels) BuildAnalyzerTimes(ModelState models)
    {
        ImmutableArray<DiagnosticAnalyzer> analyzers =
        [
            new ExternalWorkerAnalyzer(),
            new DuplicateTopicAnalyzer(),
            new ProcessModelAnalyzer(models == ModelState.Cached ? warmCache : new ProcessModelCache()),
        ];
        var times = AnalyzerTimes(analyzers, models == ModelState.None ? noModels : withModels);
        return (times[0] + times[1] + times[2], times[2]);
    }

    /// <summary>Reading every model from scratch, alone.</summary>
    public int ReadModels() =>
        withModels.AdditionalFiles.Sum(file => ProcessModelReader.Read(file.GetText()!, CancellationToken.None).Tasks.Count);

    private TimeSpan[] AnalyzerTimes(ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return analyzers
            .Select(analyzer => withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime)
            .ToArray();
    }

    private ImmutableArray<Diagnostic> Run(AnalyzerOptions options, ProcessModelCache? cache)
    {
        CSharpGeneratorDriver.Create([new ExternalWorkerGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        ImmutableArray<DiagnosticAnalyzer> analyzers = cache is null
            ? [new ExternalWorkerAnalyzer(), new DuplicateTopicAnalyzer()]
            : [new ExternalWorkerAnalyzer(), new DuplicateTopicAnalyzer(), new ProcessModelAnalyzer(cache)];
        return generated.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(diagnostic => diagnostic.Id.StartsWith("FLW", StringComparison.Ordinal))
            .ToImmutableArray();
    }

    private sealed class ModelText(string path, string content) : AdditionalText
    {
        private readonly SourceText text = SourceText.From(content);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class MarkedModels : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions None = new Options(false);
        private static readonly AnalyzerConfigOptions Model = new Options(true);

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Model;

        private sealed class Options(bool marked) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = marked && key == ProcessModelSet.ModelMetadata ? "true" : null;
                return value is not null;
            }
        }
    }
}
