using System.Collections.Immutable;
using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

/// <summary>The worker analyzer and the model checks share one parse per worker: together they report what each reports alone.</summary>
public sealed class SharedWorkerParseTests
{
    private const string Workers = """
        [ExternalWorker("shipOrder", LockDuration = "PT10M")]
        public partial class ShipOrder { public void Handle(string orderId, string customerId) { } }

        [ExternalWorker("billOrder")]
        public partial class BillOrder { public void Handle(string invoiceId) { } }
        """;

    private static readonly AnalyzerOptions Options = InMemoryModels.Options(
        InMemoryModels.File(Models.BpmnPath, Models.ShipOrder(taskBody: Models.InParameters("orderId"))));

    [Fact]
    public async Task Both_analyzers_together_report_the_union_of_what_each_reports_alone()
    {
        var compilation = AnalyzerRun.Compile(Workers);

        var workerAlone = await IdsAsync(compilation, new ExternalWorkerAnalyzer());
        var modelsAlone = await IdsAsync(compilation, new ProcessModelAnalyzer(new ProcessModelCache()));
        var together = await IdsAsync(compilation, new ExternalWorkerAnalyzer(), new ProcessModelAnalyzer(new ProcessModelCache()));
        var modelsFirst = await IdsAsync(compilation, new ProcessModelAnalyzer(new ProcessModelCache()), new ExternalWorkerAnalyzer());

        Assert.Equal(["FLW0045"], workerAlone);
        Assert.Equal(["FLW0050", "FLW0053"], modelsAlone);
        Assert.Equal(["FLW0045", "FLW0050", "FLW0053"], together);
        Assert.Equal(together, modelsFirst);
    }

    private static async Task<string[]> IdsAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzers), Options).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
    }
}
