using System.Collections.Immutable;
using Flowable.Workers.Typed.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Flowable.Workers.Typed.Benchmarks.Generator;

/// <summary>
/// A compilation of <see cref="WorkerCount"/> workers (parsed once) and the generator driven over it with
/// <see cref="CSharpGeneratorDriver"/>: a cold run on a fresh compilation, and an incremental run after an edit to one
/// method body.
/// </summary>
public sealed class GeneratorWorkload
{
    /// <summary>How many workers the compilation holds.</summary>
    public const int WorkerCount = 200;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly ImmutableArray<SyntaxTree> trees;
    private readonly ImmutableArray<MetadataReference> references;
    private readonly SyntaxTree editedWorkerTree;
    private readonly SyntaxTree editedWorkerReplacement;
    private readonly CSharpCompilation warmCompilation;
    private readonly GeneratorDriver warmDriver;

    /// <summary>Parses the sources and runs the generator once, so <see cref="RunAfterBodyEdit"/> starts from a warm driver.</summary>
    public GeneratorWorkload()
    {
        var workers = Enumerable.Range(0, WorkerCount)
            .Select(index => CSharpSyntaxTree.ParseText(WorkerSources.Worker(index), ParseOptions, path: $"ShipOrder{index}.cs"))
            .ToArray();
        trees = [CSharpSyntaxTree.ParseText(WorkerSources.SharedTypes, ParseOptions, path: "Order.cs"), .. workers];
        references = [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
        editedWorkerTree = workers[WorkerCount / 2];
        var editedText = editedWorkerTree.GetText().ToString().Replace(WorkerSources.BodyLine, WorkerSources.EditedBodyLine, StringComparison.Ordinal);
        editedWorkerReplacement = CSharpSyntaxTree.ParseText(editedText, ParseOptions, path: editedWorkerTree.FilePath);
        warmCompilation = NewCompilation();
        warmDriver = CreateDriver().RunGenerators(warmCompilation);
    }

    /// <summary>The generator on a compilation it has never seen, as on a first build.</summary>
    /// <returns>The driver after the run.</returns>
    public GeneratorDriver RunCold() => CreateDriver().RunGenerators(NewCompilation());

    /// <summary>The warm generator after one handler body changed, as in the IDE while typing.</summary>
    /// <returns>The driver after the run.</returns>
    public GeneratorDriver RunAfterBodyEdit() =>
        warmDriver.RunGenerators(warmCompilation.ReplaceSyntaxTree(editedWorkerTree, editedWorkerReplacement));

    private CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create(
            "Bench.Workers",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static CSharpGeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new ExternalWorkerGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
}
