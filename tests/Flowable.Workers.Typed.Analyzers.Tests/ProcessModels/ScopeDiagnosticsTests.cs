using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

public sealed class ScopeDiagnosticsTests
{
    [Fact]
    public async Task A_bpmn_worker_whose_topic_is_only_on_cmmn_tasks_is_reported_at_its_scope_type() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("assessClaim", ScopeType = {|#0:ScopeType.Bpmn|})]
            public partial class AssessClaim { public void Handle() { } }
            """,
            new DiagnosticResult(ProcessModelDescriptors.ScopeMismatch).WithLocation(0)
                .WithMessage("'AssessClaim' has ScopeType = Bpmn, but its topic 'assessClaim' is only on CMMN tasks (task 'assess' of case 'claim' in claim.cmmn.xml)"))
            .WithModel(Models.CmmnPath, Models.AssessClaim())
            .RunAsync();

    [Fact]
    public async Task A_cmmn_worker_whose_topic_is_only_on_bpmn_tasks_is_reported_at_its_scope_type() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder", ScopeType = {|#0:ScopeType.Cmmn|})]
            public partial class ShipOrder { public void Handle() { } }
            """,
            new DiagnosticResult(ProcessModelDescriptors.ScopeMismatch).WithLocation(0)
                .WithMessage("'ShipOrder' has ScopeType = Cmmn, but its topic 'shipOrder' is only on BPMN tasks (task 'ship' of process 'order' in order.bpmn20.xml)"))
            .WithModel(Models.BpmnPath, Models.ShipOrder())
            .RunAsync();

    [Fact]
    public async Task Terminating_a_case_from_a_topic_only_on_bpmn_tasks_is_reported_at_the_exception() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")]
            public partial class ShipOrder { public void Handle() => throw {|#0:new CmmnTerminateException()|}; }
            """,
            new DiagnosticResult(ProcessModelDescriptors.ScopeMismatch).WithLocation(0)
                .WithMessage("'ShipOrder' throws CmmnTerminateException, but its topic 'shipOrder' is only on BPMN tasks (task 'ship' of process 'order' in order.bpmn20.xml)"))
            .WithModel(Models.BpmnPath, Models.ShipOrder())
            .RunAsync();

    [Fact]
    public async Task A_bpmn_error_from_a_topic_only_on_cmmn_tasks_is_reported_at_the_code() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("assessClaim")]
            public partial class AssessClaim { public void Handle() => throw new BpmnErrorException({|#0:"REJECTED"|}); }
            """,
            new DiagnosticResult(ProcessModelDescriptors.ScopeMismatch).WithLocation(0)
                .WithMessage("'AssessClaim' throws BpmnErrorException, but its topic 'assessClaim' is only on CMMN tasks (task 'assess' of case 'claim' in claim.cmmn.xml)"))
            .WithModel(Models.CmmnPath, Models.AssessClaim())
            .RunAsync();

    [Fact]
    public async Task A_topic_on_both_engines_fits_every_scope_and_exception() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("assessClaim", ScopeType = ScopeType.Bpmn)]
            public partial class AssessClaim { public void Handle(bool stop) { if (stop) throw new CmmnTerminateException(); } }
            """)
            .WithModel(Models.CmmnPath, Models.AssessClaim())
            .WithModel(Models.BpmnPath, Models.Bpmn("""<process id="claims"><serviceTask id="precheck" flowable:type="external-worker" flowable:topic="assessClaim"/></process>"""))
            .RunAsync();

    [Fact]
    public async Task Scope_any_fits_any_model_and_an_expression_topic_on_the_other_engine_may_be_the_topic() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("assessClaim", ScopeType = ScopeType.Any)]
            public partial class AssessClaim { public void Handle() { } }
            [ExternalWorker("shipOrder", ScopeType = ScopeType.Cmmn)]
            public partial class ShipOrder { public void Handle() { } }
            """)
            .WithModel(Models.CmmnPath, Models.Cmmn("""
                <case id="claim"><casePlanModel id="plan">
                <task id="assess" flowable:type="external-worker" flowable:topic="assessClaim"/>
                <task id="dynamic" flowable:type="external-worker" flowable:topic="${topicOf(claim)}"/>
                </casePlanModel></case>
                """))
            .WithModel(Models.BpmnPath, Models.ShipOrder())
            .RunAsync();
}
