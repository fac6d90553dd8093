using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

public sealed class VariableDiagnosticsTests
{
    [Fact]
    public async Task A_required_variable_of_a_topic_whose_tasks_send_nothing_is_reported_at_the_parameter() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")]
            public partial class ShipOrder { public void Handle(string {|#0:orderId|}, string? note, int attempt = 1) { } }
            """,
            new DiagnosticResult(ProcessModelDescriptors.TaskSendsNoVariables).WithLocation(0)
                .WithMessage("'ShipOrder' reads the variable 'orderId', but task 'ship' of process 'order' in order.bpmn20.xml sends no variables (doNotIncludeVariables and no in-parameters), nor does any other task of the topic 'shipOrder': every job fails"))
            .WithModel(Models.BpmnPath, Models.ShipOrder(" flowable:doNotIncludeVariables=\"true\""))
            .RunAsync();

    [Fact]
    public async Task Optional_parameters_of_a_task_that_sends_nothing_get_no_warning() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")]
            public partial class ShipOrder { public void Handle(string? note, CancellationToken cancellationToken, int attempt = 1) { } }
            """)
            .WithModel(Models.BpmnPath, Models.ShipOrder(" flowable:doNotIncludeVariables=\"true\""))
            .RunAsync();

    [Fact]
    public async Task In_parameters_win_over_do_not_include_variables() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")]
            public partial class ShipOrder { public void Handle(string orderId) { } }
            """)
            .WithModel(Models.BpmnPath, Models.ShipOrder(" flowable:doNotIncludeVariables=\"true\"", Models.InParameters("orderId")))
            .RunAsync();

    [Fact]
    public async Task A_required_variable_missing_from_the_in_parameter_targets_is_reported_naming_them() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")]
            public partial class ShipOrder { public void Handle([Variable("order")] string {|#0:orderId|}, string customerId, string? carrier) { } }
            """,
            new DiagnosticResult(ProcessModelDescriptors.VariableNotInParameters).WithLocation(0)
                .WithMessage("'ShipOrder' requires the variable 'order', but task 'ship' of process 'order' in order.bpmn20.xml sends only its in-parameters' targets ('customerId', 'orderId'): every job of that task fails"))
            .WithModel(Models.BpmnPath, Models.ShipOrder(taskBody: Models.InParameters("customerId", "orderId")))
            .RunAsync();

    [Fact]
    public async Task A_task_without_in_parameters_sends_every_variable_so_nothing_is_known_missing() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")]
            public partial class ShipOrder { public void Handle(string orderId, string customerId) { } }
            """)
            .WithModel(Models.BpmnPath, Models.ShipOrder())
            .RunAsync();

    [Fact]
    public async Task The_task_that_misses_the_variable_is_named_when_another_task_of_the_topic_sends_it() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("assessClaim")]
            public partial class AssessClaim { public void Handle(string {|#0:claimId|}) { } }
            """,
            new DiagnosticResult(ProcessModelDescriptors.VariableNotInParameters).WithLocation(0)
                .WithMessage("'AssessClaim' requires the variable 'claimId', but task 'assess' of case 'claim' in claim.cmmn.xml sends only its in-parameters' targets ('id'): every job of that task fails"))
            .WithModel(Models.BpmnPath, Models.Bpmn("""
                <process id="claims"><serviceTask id="precheck" flowable:type="external-worker" flowable:topic="assessClaim"/></process>
                """))
            .WithModel(Models.CmmnPath, Models.AssessClaim(taskBody: """<extensionElements><flowable:externalWorkerInParameter source="claimId" target="id"/></extensionElements>"""))
            .RunAsync();
}
