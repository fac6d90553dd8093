using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

public sealed class TopicDiagnosticsTests
{
    private static DiagnosticResult ShipTaskWithoutWorker() =>
        new DiagnosticResult(ProcessModelDescriptors.TaskWithoutWorker).WithSpan(Models.BpmnPath, 4, 2, 4, 13)
            .WithMessage("The external-worker task 'ship' of process 'order' in order.bpmn20.xml has the topic 'shipOrder', which no worker in this project subscribes to");

    [Fact]
    public async Task A_topic_no_task_has_is_reported_with_the_closest_model_topic() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker({|#0:"shipOrdr"|})] public partial class ShipOrder { public void Handle() { } }
            """,
            new DiagnosticResult(ProcessModelDescriptors.TopicNotInModels).WithLocation(0)
                .WithMessage("The topic 'shipOrdr' of 'ShipOrder' matches no external-worker task in the process models; did you mean 'shipOrder' (task 'ship' of process 'order' in order.bpmn20.xml)?"),
            ShipTaskWithoutWorker())
            .WithModel(Models.BpmnPath, Models.ShipOrder())
            .RunAsync();

    [Fact]
    public async Task The_suggestion_is_the_closest_topic_of_all_models() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")] public partial class ShipOrder { public void Handle() { } }
            [ExternalWorker({|#0:"AssessClaims"|})] public partial class AssessClaim { public void Handle() { } }
            """,
            new DiagnosticResult(ProcessModelDescriptors.TopicNotInModels).WithLocation(0)
                .WithMessage("The topic 'AssessClaims' of 'AssessClaim' matches no external-worker task in the process models; did you mean 'assessClaim' (task 'assess' of case 'claim' in claim.cmmn.xml)?"),
            new DiagnosticResult(ProcessModelDescriptors.TaskWithoutWorker).WithSpan(Models.CmmnPath, 5, 2, 5, 6)
                .WithMessage("The external-worker task 'assess' of case 'claim' in claim.cmmn.xml has the topic 'assessClaim', which no worker in this project subscribes to"))
            .WithModel(Models.BpmnPath, Models.ShipOrder())
            .WithModel(Models.CmmnPath, Models.AssessClaim())
            .RunAsync();

    [Fact]
    public async Task A_task_whose_topic_is_an_expression_matches_every_worker_and_needs_none() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("anything")] public partial class Anything { public void Handle() { } }
            """)
            .WithModel(Models.BpmnPath, Models.Bpmn("""
                <process id="order">
                <serviceTask id="ship" flowable:type="external-worker" flowable:topic="${carrier}Shipping"/>
                </process>
                """))
            .RunAsync();

    [Fact]
    public async Task A_worker_matching_the_task_silences_both_directions() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")] public partial class ShipOrder { public void Handle() { } }
            """)
            .WithModel(Models.BpmnPath, Models.ShipOrder())
            .RunAsync();

    [Fact]
    public async Task Without_a_model_nothing_is_checked_and_unmarked_additional_files_are_not_models() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrdr")] public partial class ShipOrder { public void Handle() { } }
            """)
            .WithAdditionalFile(Models.BpmnPath, Models.ShipOrder())
            .WithAdditionalFile("/models/broken.bpmn", "<definitions")
            .RunAsync();

    [Fact]
    public async Task A_task_without_a_worker_is_reported_in_the_model_at_the_task() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("assessClaim")] public partial class AssessClaim { public void Handle() { } }
            """,
            ShipTaskWithoutWorker())
            .WithModel(Models.BpmnPath, Models.ShipOrder())
            .WithModel(Models.CmmnPath, Models.AssessClaim())
            .RunAsync();
}
