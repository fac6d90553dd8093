using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

public sealed class ProcessModelReaderTests
{
    private static ProcessModelFile ReadFixture(string name) =>
        ProcessModelReader.Read(SourceText.From(File.ReadAllText(RepositoryPaths.Combine("..", "shared", "fixtures", "flowable-models", name))), CancellationToken.None);

    private static ProcessModelFile Read(string content) => ProcessModelReader.Read(SourceText.From(content), CancellationToken.None);

    [Fact]
    public void A_flowable_design_bpmn_export_gives_its_external_worker_task()
    {
        var file = ReadFixture("externalWorkerProcess.bpmn");

        Assert.Null(file.ReadError);
        var task = Assert.Single(file.Tasks);
        Assert.Equal((ModelScope.Bpmn, "externalWorkerProcess", "bpmnTask_3", "External Worker task", "myTopic"), (task.Scope, task.ContainerId, task.ElementId, task.ElementName, task.Topic));
        Assert.False(task.TopicIsExpression);
        Assert.False(task.DoNotIncludeVariables);
        Assert.Empty(task.InParameters);
        Assert.Equal(ErrorCatch.None, task.Catch);
        Assert.Equal((8, 5), (task.Span.Line, task.Span.Column));
    }

    [Fact]
    public void Boundary_events_of_the_export_catch_their_code_and_every_code()
    {
        var task = Assert.Single(ReadFixture("withBoundaryEvent.bpmn").Tasks);

        Assert.True(task.Catch.CatchesAll);
        Assert.Equal(["errorCode1"], task.Catch.Codes);
    }

    [Fact]
    public void A_flowable_design_cmmn_export_gives_its_external_worker_task()
    {
        var task = Assert.Single(ReadFixture("externalWorkerCase.cmmn").Tasks);

        Assert.Equal((ModelScope.Cmmn, "externalWorkerCase", "cmmnTask_1", "cmmnTopic"), (task.Scope, task.ContainerId, task.ElementId, task.Topic));
    }

    [Fact]
    public void In_and_out_parameters_and_do_not_include_variables_are_read()
    {
        var task = Assert.Single(Read(Models.AssessClaim(
            " flowable:doNotIncludeVariables=\"true\"",
            """
            <extensionElements>
              <flowable:externalWorkerInParameter source="claimId" target="id"/>
              <flowable:externalWorkerInParameter sourceExpression="${claim.amount}" target="amount"/>
              <flowable:externalWorkerOutParameter source="score" target="claimScore"/>
              <flowable:externalWorkerOutParameter sourceExpression="${approved}" target="claimApproved"/>
            </extensionElements>
            """)).Tasks);

        Assert.True(task.DoNotIncludeVariables);
        Assert.Equal([new ModelParameter("claimId", null, "id"), new ModelParameter(null, "${claim.amount}", "amount")], task.InParameters);
        Assert.Equal(["score", "approved"], task.OutParameters.Select(p => p.SourceName));
        Assert.Null(task.InParameters[1].SourceName);
    }

    [Fact]
    public void Errors_are_caught_by_boundaries_on_enclosing_sub_processes_and_by_event_sub_processes_resolving_error_refs()
    {
        var file = Read(Models.Bpmn("""
            <error id="paymentError" errorCode="PAYMENT_DECLINED"/>
            <process id="order">
              <subProcess id="fulfil">
                <serviceTask id="ship" flowable:type="external-worker" flowable:topic="shipOrder"/>
                <subProcess id="onFulfilError" triggeredByEvent="true">
                  <startEvent id="fulfilErrorStart"><errorEventDefinition errorRef="OUT_OF_STOCK"/></startEvent>
                </subProcess>
              </subProcess>
              <boundaryEvent id="fulfilFailed" attachedToRef="fulfil"><errorEventDefinition errorRef="paymentError"/></boundaryEvent>
              <subProcess id="onOrderError" triggeredByEvent="true">
                <startEvent id="orderErrorStart"><errorEventDefinition errorRef="ADDRESS_INVALID"/></startEvent>
              </subProcess>
              <serviceTask id="bill" flowable:type="external-worker" flowable:topic="billOrder"/>
              <boundaryEvent id="timer" attachedToRef="bill"><timerEventDefinition/></boundaryEvent>
            </process>
            """));

        var ship = file.Tasks.Single(t => t.ElementId == "ship");
        var bill = file.Tasks.Single(t => t.ElementId == "bill");
        Assert.False(ship.Catch.CatchesAll);
        Assert.Equal(["ADDRESS_INVALID", "OUT_OF_STOCK", "PAYMENT_DECLINED"], ship.Catch.Codes.Order(StringComparer.Ordinal));
        Assert.Equal(["ADDRESS_INVALID"], bill.Catch.Codes);
        Assert.Equal("PAYMENT_DECLINED", file.ResolveErrorCode("paymentError"));
    }

    [Fact]
    public void Expression_topics_are_recognised()
    {
        var task = Assert.Single(Read(Models.Bpmn("""
            <process id="order"><serviceTask id="ship" flowable:type="external-worker" flowable:topic="${carrier}"/></process>
            """)).Tasks);

        Assert.True(task.TopicIsExpression);
    }

    [Fact]
    public void Service_tasks_of_other_types_are_not_external_worker_tasks() =>
        Assert.Empty(Read(Models.Bpmn("""
            <process id="order"><serviceTask id="ship" flowable:class="com.example.Ship"/><serviceTask id="mail" flowable:type="mail"/></process>
            """)).Tasks);

    [Fact]
    public void Boundary_events_and_error_elements_after_the_task_still_count()
    {
        var task = Assert.Single(Read(Models.Bpmn("""
            <process id="order">
              <serviceTask id="ship" flowable:type="external-worker" flowable:topic="shipOrder"/>
              <boundaryEvent id="shipFailed" attachedToRef="ship"><errorEventDefinition errorRef="stockError"/></boundaryEvent>
            </process>
            <error id="stockError" errorCode="OUT_OF_STOCK"/>
            """)).Tasks);

        Assert.Equal(["OUT_OF_STOCK"], task.Catch.Codes);
    }

    [Fact]
    public void Only_the_first_error_definition_of_a_catch_event_and_only_flowable_parameters_of_the_task_count()
    {
        var task = Assert.Single(Read(Models.Bpmn("""
            <process id="order" xmlns:other="urn:other">
              <serviceTask id="ship" flowable:type="external-worker" flowable:topic="shipOrder">
                <extensionElements>
                  <flowable:externalWorkerInParameter source="orderId" target="orderId"/>
                  <other:externalWorkerInParameter source="ignored" target="ignored"/>
                  <flowable:field name="x"><flowable:externalWorkerInParameter source="nested" target="nested"/></flowable:field>
                </extensionElements>
              </serviceTask>
              <boundaryEvent id="shipFailed" attachedToRef="ship"><errorEventDefinition errorRef="FIRST"/><errorEventDefinition/></boundaryEvent>
            </process>
            """)).Tasks);

        Assert.Equal([new ModelParameter("orderId", null, "orderId")], task.InParameters);
        Assert.False(task.Catch.CatchesAll);
        Assert.Equal(["FIRST"], task.Catch.Codes);
    }

    [Fact]
    public void Xml_broken_after_the_root_element_makes_the_file_unreadable_at_that_line()
    {
        var file = Read(Models.ShipOrder() + "<extra/>\n");

        Assert.Empty(file.Tasks);
        Assert.StartsWith("it is not well-formed XML: There are multiple root elements.", file.ReadError?.Message, StringComparison.Ordinal);
        Assert.Equal(7, file.ReadError!.Span.Line);
    }

    [Fact]
    public void A_broken_file_of_another_xml_kind_gets_its_xml_error_rather_than_its_root()
    {
        var file = Read("<project>\n<modelVersion>4.0.0</project>");

        Assert.StartsWith("it is not well-formed XML: The 'modelVersion' start tag on line 2", file.ReadError?.Message, StringComparison.Ordinal);
    }
}
