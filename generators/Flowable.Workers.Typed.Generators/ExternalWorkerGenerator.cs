using System.Linq;
using System.Text;
using Flowable.Workers.Typed.Generators.Emitting;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Flowable.Workers.Typed.Generators.Models;
using Flowable.Workers.Typed.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Generators;

/// <summary>
/// Emits, for every valid <c>[ExternalWorker]</c> class, the <c>IExternalWorker&lt;TSelf&gt;</c> implementation that
/// binds variables, calls the handler and maps its result; and, in every assembly with an <c>[ExternalWorker]</c>
/// class, one <c>ExternalWorkers</c> class listing the valid ones. An invalid worker gets no code (the analyzers explain
/// why), so users never see errors in generated files, and the registry stays, so its callers still compile.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ExternalWorkerGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownTypes.ExternalWorkerAttribute,
                predicate: static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                transform: Parser.Parse)
            .WithTrackingName(TrackingNames.Workers);
        var workers = parsed
            .Where(static worker => worker is not null)
            .Select(static (worker, _) => worker!)
            .WithTrackingName(TrackingNames.ValidWorkers);

        context.RegisterSourceOutput(workers, static (output, worker) =>
            output.AddSource(Emitter.HintName(worker), SourceText.From(Emitter.EmitWorker(worker), Encoding.UTF8)));

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName))
            .Select(static (input, _) => RootNamespace.Resolve(
                input.Left.GlobalOptions.TryGetValue("build_property.RootNamespace", out var configured) ? configured : null,
                input.Right))
            .WithTrackingName(TrackingNames.RootNamespace);

        // Every [ExternalWorker] class, valid or not, keeps the registry; it lists the valid ones.
        var registry = parsed.Collect()
            .Combine(rootNamespace)
            .Select(static (input, _) => input.Left.IsEmpty ? null : new RegistryModel(
                input.Right,
                input.Left.OfType<WorkerModel>().Select(static worker => worker.FullyQualifiedName).Distinct().OrderBy(static name => name, System.StringComparer.Ordinal).ToImmutableEquatableArray()))
            .WithTrackingName(TrackingNames.Registry);

        context.RegisterSourceOutput(registry, static (output, model) =>
        {
            if (model is not null)
            {
                output.AddSource(Emitter.RegistryHintName, SourceText.From(Emitter.EmitRegistry(model), Encoding.UTF8));
            }
        });
    }
}
