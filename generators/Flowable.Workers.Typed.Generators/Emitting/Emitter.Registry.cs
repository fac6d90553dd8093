using Flowable.Workers.Typed.Generators.Models;

namespace Flowable.Workers.Typed.Generators.Emitting;

internal static partial class Emitter
{
    public const string RegistryHintName = "ExternalWorkers.g.cs";

    /// <summary>The assembly's <c>ExternalWorkers</c> class: every worker's definition, for one-call registration.</summary>
    public static string EmitRegistry(RegistryModel registry)
    {
        var writer = new SourceWriter();
        WriteFileHeader(writer, registry.Namespace);
        writer.WriteLine("/// <summary>Every <c>[ExternalWorker]</c> class of this assembly, found at compile time.</summary>");
        WriteGeneratedAttributes(writer);
        writer.OpenBlock("internal static class ExternalWorkers");
        writer.WriteLine("/// <summary>The definition of each worker, ordered by type name.</summary>");
        writer.WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<{Runtime}.ExternalWorkerDefinition> All {{ get; }} = new {Runtime}.ExternalWorkerDefinition[]");
        writer.OpenBlock();
        foreach (var workerType in registry.WorkerTypeNames)
        {
            writer.WriteLine($"{Runtime}.ExternalWorkerDefinition.For<{workerType}>(),");
        }

        writer.CloseBlock(";");
        writer.CloseBlock();
        return writer.ToString();
    }
}
