namespace Flowable.Workers.Typed.Hosting;

/// <summary>The workers one <c>AddFlowableWorkers</c> call registered (one registration per call, all run by one host).</summary>
internal sealed class FlowableWorkerSet(IReadOnlyList<ExternalWorkerDefinition> definitions)
{
    public IReadOnlyList<ExternalWorkerDefinition> Definitions { get; } = definitions;

    /// <summary>Every registered worker, in registration order.</summary>
    public static IReadOnlyList<ExternalWorkerDefinition> All(IEnumerable<FlowableWorkerSet> sets) =>
        sets.SelectMany(set => set.Definitions).ToArray();
}
