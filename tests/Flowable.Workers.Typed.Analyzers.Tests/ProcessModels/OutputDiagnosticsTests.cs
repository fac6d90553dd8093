using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

public sealed class OutputDiagnosticsTests
{
    private const string Worker = """
        [ExternalWorker("assessClaim")]
        public partial class AssessClaim { public {|#0:Assessment|} Handle() => new(3, true); }
        public sealed record Assessment(int Score, bool Approved);
        """;

    private static string OutParameters(params string[] mappings) =>
        "<extensionElements>" + string.Concat(mappings) + "</extensionElements>";

    [Fact]
    public async Task An_output_no_out_parameter_of_a_cmmn_task_maps_is_reported_at_the_return_type() =>
        await new ModelAnalyzerTest(
            Worker,
            new DiagnosticResult(ProcessModelDescriptors.OutputNotMapped).WithLocation(0)
                .WithMessage("'AssessClaim' writes the output variable 'approved', but task 'assess' of case 'claim' in claim.cmmn.xml keeps only what its out-parameters map ('score' to 'claimScore'): 'approved' never reaches the case"))
            .WithModel(Models.CmmnPath, Models.AssessClaim(taskBody: OutParameters("""<flowable:externalWorkerOutParameter source="score" target="claimScore"/>""")))
            .RunAsync();

    [Fact]
    public async Task A_plain_expression_out_parameter_maps_its_variable() =>
        await new ModelAnalyzerTest(Worker)
            .WithModel(Models.CmmnPath, Models.AssessClaim(taskBody: OutParameters(
                """<flowable:externalWorkerOutParameter source="score" target="claimScore"/>""",
                """<flowable:externalWorkerOutParameter sourceExpression="${approved}" target="claimApproved"/>""")))
            .RunAsync();

    [Fact]
    public async Task Any_other_expression_may_read_every_output() =>
        await new ModelAnalyzerTest(Worker)
            .WithModel(Models.CmmnPath, Models.AssessClaim(taskBody: OutParameters(
                """<flowable:externalWorkerOutParameter sourceExpression="${score > 2 &amp;&amp; approved}" target="accepted"/>""")))
            .RunAsync();

    [Fact]
    public async Task Without_out_parameters_every_output_reaches_the_case() =>
        await new ModelAnalyzerTest(Worker)
            .WithModel(Models.CmmnPath, Models.AssessClaim())
            .RunAsync();

    [Fact]
    public async Task Bpmn_tasks_keep_every_completion_variable_whatever_their_out_parameters() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")]
            public partial class ShipOrder { public Shipment Handle() => new("T1"); }
            public sealed record Shipment(string TrackingId);
            """)
            .WithModel(Models.BpmnPath, Models.ShipOrder(taskBody: OutParameters("""<flowable:externalWorkerOutParameter source="other" target="x"/>""")))
            .RunAsync();
}
