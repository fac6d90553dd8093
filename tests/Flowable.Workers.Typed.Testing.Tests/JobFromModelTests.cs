namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary><see cref="FlowableEmulator.CreateJobFromModel"/>: the job the engine creates for a model's task.</summary>
public sealed class JobFromModelTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("flowable-models-").FullName;

    private static readonly EmulatorVariable[] Instance =
    [
        EmulatorVariable.String("orderId", "o-1"),
        EmulatorVariable.Integer("amount", 42),
        EmulatorVariable.String("carrier", "dhl"),
    ];

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Fixture(string name) => RepositoryPaths.Combine("..", "shared", "fixtures", "flowable-models", name);

    private string Bpmn(string task) => Write("order.bpmn20.xml", $"""
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn" targetNamespace="t">
          <process id="order">{task}</process>
        </definitions>
        """);

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task A_task_of_a_flowable_design_export_sends_every_instance_variable_with_its_element()
    {
        await using var flowable = new FlowableEmulator();

        var job = flowable.GetJob(flowable.CreateJobFromModel(Fixture("externalWorkerProcess.bpmn"), "bpmnTask_3", Instance));

        Assert.Equal(("myTopic", null, "bpmnTask_3", "External Worker task"), (job.Topic, job.ScopeType, job.ElementId, job.ElementName));
        Assert.Equal(Instance, job.Variables);
    }

    [Fact]
    public async Task A_cmmn_task_gives_a_cmmn_job()
    {
        await using var flowable = new FlowableEmulator();

        var job = flowable.GetJob(flowable.CreateJobFromModel(Fixture("externalWorkerCase.cmmn"), "cmmnTask_1"));

        Assert.Equal(("cmmnTopic", "cmmn", "cmmnTask_1"), (job.Topic, job.ScopeType, job.ElementId));
        Assert.Empty(job.Variables);
    }

    [Fact]
    public async Task In_parameters_send_only_their_targets_renamed_and_win_over_do_not_include_variables()
    {
        await using var flowable = new FlowableEmulator();
        var model = Bpmn("""
            <serviceTask id="ship" flowable:type="external-worker" flowable:topic="shipOrder" flowable:doNotIncludeVariables="true">
              <extensionElements>
                <flowable:externalWorkerInParameter source="orderId" target="id"/>
                <flowable:externalWorkerInParameter sourceExpression="${amount}" target="total"/>
                <flowable:externalWorkerInParameter source="missing" target="note"/>
              </extensionElements>
            </serviceTask>
            """);

        var job = flowable.GetJob(flowable.CreateJobFromModel(model, "ship", Instance));

        Assert.Equal(
            [EmulatorVariable.String("id", "o-1"), EmulatorVariable.Integer("total", 42), new EmulatorVariable("note", null, null)],
            job.Variables);
    }

    [Fact]
    public async Task Do_not_include_variables_sends_none()
    {
        await using var flowable = new FlowableEmulator();
        var model = Bpmn("""<serviceTask id="ship" flowable:type="external-worker" flowable:topic="shipOrder" flowable:doNotIncludeVariables="true"/>""");

        Assert.Empty(flowable.GetJob(flowable.CreateJobFromModel(model, "ship", Instance)).Variables);
    }

    [Fact]
    public async Task A_plain_expression_topic_is_evaluated_from_the_instance()
    {
        await using var flowable = new FlowableEmulator();
        var model = Bpmn("""<serviceTask id="ship" flowable:type="external-worker" flowable:topic="${carrier}"/>""");

        Assert.Equal("dhl", flowable.GetJob(flowable.CreateJobFromModel(model, "ship", Instance)).Topic);
    }

    [Fact]
    public async Task Any_other_expression_is_not_supported_and_says_so()
    {
        await using var flowable = new FlowableEmulator();
        var model = Bpmn("""
            <serviceTask id="ship" flowable:type="external-worker" flowable:topic="shipOrder">
              <extensionElements><flowable:externalWorkerInParameter sourceExpression="${amount * 2}" target="double"/></extensionElements>
            </serviceTask>
            """);

        var exception = Assert.Throws<NotSupportedException>(() => flowable.CreateJobFromModel(model, "ship", Instance));
        Assert.Equal(
            "The emulator evaluates only plain '${name}' expressions; the in-parameter 'double' of 'ship' is '${amount * 2}'. Create the job with CreateJob and the variables the engine would compute.",
            exception.Message);
        Assert.Empty(flowable.Jobs);
    }

    [Fact]
    public async Task An_element_that_is_not_an_external_worker_task_is_refused_naming_the_ones_there_are()
    {
        await using var flowable = new FlowableEmulator();
        var model = Bpmn("""
            <serviceTask id="ship" flowable:type="external-worker" flowable:topic="shipOrder"/>
            <serviceTask id="mail" flowable:type="mail"/>
            """);

        var exception = Assert.Throws<ArgumentException>(() => flowable.CreateJobFromModel(model, "mail", Instance));
        Assert.StartsWith($"'{model}' has no external-worker task 'mail'; its external-worker tasks are: 'ship'.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_with_a_dtd_is_refused_without_expanding_it()
    {
        await using var flowable = new FlowableEmulator();
        var model = Write("lol.bpmn", """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">&a;</definitions>""");

        Assert.Throws<System.Xml.XmlException>(() => flowable.CreateJobFromModel(model, "ship", Instance));
    }
}
