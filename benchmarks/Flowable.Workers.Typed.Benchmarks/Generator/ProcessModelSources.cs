using System.Globalization;
using System.Text;

namespace Flowable.Workers.Typed.Benchmarks.Generator;

/// <summary>
/// BPMN files of <see cref="ElementsPerModel"/> flow elements each, whose external-worker tasks serve the topics of
/// <see cref="WorkerSources"/>' workers and send exactly the variables those read, so the models hold no finding.
/// </summary>
internal static class ProcessModelSources
{
    public const int ModelCount = 100;
    public const int TasksPerModel = 40;

    /// <summary>Each task comes with an error boundary event, an end event and two sequence flows.</summary>
    public const int ElementsPerModel = TasksPerModel * 5;

    private static readonly string[] WorkerVariables = ["customerId", "quantity", "amount", "express", "dueAt", "order"];

    public static string Model(int model, int workerCount)
    {
        var xml = new StringBuilder()
            .AppendLine("""<?xml version="1.0" encoding="UTF-8"?>""")
            .AppendLine("""<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://example.com/bench">""")
            .AppendLine(CultureInfo.InvariantCulture, $"""  <process id="fulfilment{model}" isExecutable="true">""");
        for (var task = 0; task < TasksPerModel; task++)
        {
            var id = $"t{task}";
            var topic = string.Create(CultureInfo.InvariantCulture, $"shipOrder{((model * TasksPerModel) + task) % workerCount}");
            xml.AppendLine(CultureInfo.InvariantCulture, $"""    <serviceTask id="{id}" name="Ship {task}" flowable:type="external-worker" flowable:topic="{topic}">""")
                .AppendLine("      <extensionElements>");
            foreach (var variable in WorkerVariables)
            {
                xml.AppendLine(CultureInfo.InvariantCulture, $"""        <flowable:externalWorkerInParameter source="{variable}" target="{variable}"/>""");
            }

            xml.AppendLine("      </extensionElements>")
                .AppendLine("    </serviceTask>")
                .AppendLine(CultureInfo.InvariantCulture, $"""    <boundaryEvent id="{id}Failed" attachedToRef="{id}"><errorEventDefinition errorRef="E{task}"/></boundaryEvent>""")
                .AppendLine(CultureInfo.InvariantCulture, $"""    <endEvent id="{id}End"/>""")
                .AppendLine(CultureInfo.InvariantCulture, $"""    <sequenceFlow id="{id}Done" sourceRef="{id}" targetRef="{id}End"/>""")
                .AppendLine(CultureInfo.InvariantCulture, $"""    <sequenceFlow id="{id}Error" sourceRef="{id}Failed" targetRef="{id}End"/>""");
        }

        return xml.AppendLine("  </process>").AppendLine("</definitions>").ToString();
    }
}
