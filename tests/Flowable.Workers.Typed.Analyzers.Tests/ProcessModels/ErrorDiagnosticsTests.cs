using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

public sealed class ErrorDiagnosticsTests
{
    private const string Boundary = "<boundaryEvent id=\"declined\" attachedToRef=\"ship\"><errorEventDefinition errorRef=\"PAYMENT_DECLINED\"/></boundaryEvent>";

    private static string Worker(string code) => $$"""
        [ExternalWorker("shipOrder")]
        public partial class ShipOrder
        {
            private const string OutOfStock = "OUT_OF_STOCK";

            public void Handle(bool empty, bool declined, string dynamicCode)
            {
                if (empty) throw new BpmnErrorException({{code}});
                if (declined) throw new BpmnErrorException("PAYMENT_DECLINED");
                throw new BpmnErrorException(dynamicCode);
            }
        }
        """;

    private static DiagnosticResult Uncaught(string code) =>
        new DiagnosticResult(ProcessModelDescriptors.ErrorNotCaught).WithLocation(0)
            .WithMessage($"'ShipOrder' throws the BPMN error '{code}', which no error boundary event or error event sub-process catches at task 'ship' of process 'order' in order.bpmn20.xml: Flowable fails the job (\"No catching boundary event found for error with errorCode '{code}'\") instead of taking a modelled path");

    [Fact]
    public async Task A_literal_code_no_boundary_catches_is_reported_at_the_code() =>
        await new ModelAnalyzerTest(Worker("{|#0:\"OUT_OF_STOCK\"|}"), Uncaught("OUT_OF_STOCK"))
            .WithModel(Models.BpmnPath, Models.ShipOrder(processBody: Boundary))
            .RunAsync();

    [Fact]
    public async Task A_const_code_is_read_through_the_constant() =>
        await new ModelAnalyzerTest(Worker("{|#0:OutOfStock|}"), Uncaught("OUT_OF_STOCK"))
            .WithModel(Models.BpmnPath, Models.ShipOrder(processBody: Boundary))
            .RunAsync();

    [Fact]
    public async Task A_catch_all_boundary_catches_every_code() =>
        await new ModelAnalyzerTest(Worker("OutOfStock"))
            .WithModel(Models.BpmnPath, Models.ShipOrder(processBody: Boundary + "<boundaryEvent id=\"any\" attachedToRef=\"ship\"><errorEventDefinition/></boundaryEvent>"))
            .RunAsync();

    [Fact]
    public async Task An_error_boundary_on_the_enclosing_sub_process_catches_it() =>
        await new ModelAnalyzerTest(Worker("OutOfStock"))
            .WithModel(Models.BpmnPath, Models.Bpmn("""
                <error id="stock" errorCode="OUT_OF_STOCK"/>
                <process id="order">
                  <subProcess id="fulfil">
                    <serviceTask id="ship" flowable:type="external-worker" flowable:topic="shipOrder"/>
                    <boundaryEvent id="declined" attachedToRef="ship"><errorEventDefinition errorRef="PAYMENT_DECLINED"/></boundaryEvent>
                  </subProcess>
                  <boundaryEvent id="noStock" attachedToRef="fulfil"><errorEventDefinition errorRef="stock"/></boundaryEvent>
                </process>
                """))
            .RunAsync();

    [Fact]
    public async Task An_error_event_sub_process_of_the_process_catches_it() =>
        await new ModelAnalyzerTest(Worker("OutOfStock"))
            .WithModel(Models.BpmnPath, Models.ShipOrder(processBody: Boundary + """
                <subProcess id="onError" triggeredByEvent="true">
                  <startEvent id="errorStart"><errorEventDefinition errorRef="OUT_OF_STOCK"/></startEvent>
                </subProcess>
                """))
            .RunAsync();

    [Fact]
    public async Task A_boundary_on_the_call_activity_that_starts_the_process_catches_it() =>
        await new ModelAnalyzerTest(Worker("OutOfStock"))
            .WithModel(Models.BpmnPath, Models.ShipOrder(processBody: Boundary))
            .WithModel("/models/shop.bpmn20.xml", Models.Bpmn("""
                <process id="shop">
                  <callActivity id="placeOrder" calledElement="order"/>
                  <boundaryEvent id="noStock" attachedToRef="placeOrder"><errorEventDefinition errorRef="OUT_OF_STOCK"/></boundaryEvent>
                </process>
                """))
            .RunAsync();

    [Fact]
    public async Task The_task_that_does_not_catch_is_named_when_another_task_of_the_topic_does() =>
        await new ModelAnalyzerTest(Worker("{|#0:OutOfStock|}"), Uncaught("OUT_OF_STOCK"))
            .WithModel(Models.BpmnPath, Models.ShipOrder(processBody: Boundary))
            .WithModel("/models/express.bpmn20.xml", Models.Bpmn("""
                <process id="express">
                  <serviceTask id="shipExpress" flowable:type="external-worker" flowable:topic="shipOrder"/>
                  <boundaryEvent id="any" attachedToRef="shipExpress"><errorEventDefinition/></boundaryEvent>
                </process>
                """))
            .RunAsync();

    [Fact]
    public async Task Errors_thrown_outside_the_handler_are_not_its_errors() =>
        await new ModelAnalyzerTest(
            """
            [ExternalWorker("shipOrder")]
            public partial class ShipOrder
            {
                public void Handle(bool empty)
                {
                    if (empty) Fail();
                    throw new BpmnErrorException({|#0:"LOST"|});
                }

                private static void Fail() => throw new BpmnErrorException("NEVER_THROWN_BY_THE_HANDLER");
            }
            """,
            Uncaught("LOST"))
            .WithModel(Models.BpmnPath, Models.ShipOrder(processBody: Boundary))
            .RunAsync();
}
