using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Testing.Models;

/// <summary>
/// The job Flowable creates when an instance reaches an external-worker task of a BPMN or CMMN model: its topic, scope
/// type, element id and name, and the variables the engine sends (its <c>DefaultInternalJobManager</c> /
/// <c>DefaultInternalCmmnJobManager</c>): with <c>externalWorkerInParameter</c>s only their targets, else none with
/// <c>doNotIncludeVariables="true"</c>, else every instance variable. Expressions are evaluated only in the plain
/// <c>${name}</c> form.
/// </summary>
internal static class ModelJobFactory
{
    private const string BpmnNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private const string CmmnNamespace = "http://www.omg.org/spec/CMMN/20151109/MODEL";

    public static EmulatorJobDefinition Create(string modelPath, string elementId, IReadOnlyList<EmulatorVariable> instanceVariables)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelPath);
        ArgumentException.ThrowIfNullOrEmpty(elementId);
        ArgumentNullException.ThrowIfNull(instanceVariables);

        var root = Load(modelPath);
        var isBpmn = root.Name.NamespaceName == BpmnNamespace;
        if (!isBpmn && root.Name.NamespaceName != CmmnNamespace)
        {
            throw new ArgumentException($"'{modelPath}' is neither a BPMN 2.0 nor a CMMN 1.1 model (root element '{root.Name}').", nameof(modelPath));
        }

        var tasks = root.Descendants(XName.Get(isBpmn ? "serviceTask" : "task", root.Name.NamespaceName))
            .Where(task => Flowable(task, "type") == "external-worker")
            .ToList();
        var task = tasks.FirstOrDefault(t => (string?)t.Attribute("id") == elementId)
            ?? throw new ArgumentException(
                $"'{modelPath}' has no external-worker task '{elementId}'; its external-worker tasks are: {string.Join(", ", tasks.Select(t => $"'{(string?)t.Attribute("id")}'"))}.",
                nameof(elementId));

        var topicValue = Evaluate(Flowable(task, "topic") ?? string.Empty, instanceVariables, $"the topic of '{elementId}'").Value;
        var topic = topicValue is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw new ArgumentException($"The topic of '{elementId}' in '{modelPath}' is {topicValue?.ToJsonString() ?? "null"}, not a non-empty string.", nameof(instanceVariables));

        return new EmulatorJobDefinition(topic, isBpmn ? null : "cmmn")
        {
            ElementId = elementId,
            ElementName = (string?)task.Attribute("name"),
            Variables = Variables(task, elementId, instanceVariables),
        };
    }

    private static List<EmulatorVariable> Variables(XElement task, string elementId, IReadOnlyList<EmulatorVariable> instanceVariables)
    {
        var inParameters = task.Elements()
            .Where(e => e.Name.LocalName == "extensionElements")
            .SelectMany(e => e.Elements())
            .Where(e => e.Name.LocalName == "externalWorkerInParameter" && IsFlowable(e.Name.NamespaceName))
            .ToList();
        if (inParameters.Count > 0)
        {
            return inParameters.Select(parameter =>
            {
                var target = (string?)parameter.Attribute("target") ?? string.Empty;
                var source = (string?)parameter.Attribute("source");
                var value = !string.IsNullOrEmpty(source)
                    ? Lookup(source, instanceVariables)
                    : Evaluate((string?)parameter.Attribute("sourceExpression") ?? string.Empty, instanceVariables, $"the in-parameter '{target}' of '{elementId}'");
                return value with { Name = target };
            }).ToList();
        }

        return string.Equals(Flowable(task, "doNotIncludeVariables")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            ? []
            : [.. instanceVariables];
    }

    /// <summary>A literal as a string variable, a plain <c>${name}</c> as that variable; anything else is not supported.</summary>
    private static EmulatorVariable Evaluate(string text, IReadOnlyList<EmulatorVariable> instanceVariables, string what)
    {
        if (!ModelExpressions.IsExpression(text))
        {
            return EmulatorVariable.String(string.Empty, text);
        }

        var name = ModelExpressions.PlainVariable(text)
            ?? throw new NotSupportedException($"The emulator evaluates only plain '${{name}}' expressions; {what} is '{text}'. Create the job with CreateJob and the variables the engine would compute.");
        return Lookup(name, instanceVariables);
    }

    /// <summary>The instance variable, or a null one when the instance has none (Flowable's getVariable gives null).</summary>
    private static EmulatorVariable Lookup(string name, IReadOnlyList<EmulatorVariable> instanceVariables) =>
        instanceVariables.FirstOrDefault(v => v.Name == name) ?? new EmulatorVariable(name, null, null);

    private static XElement Load(string modelPath)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(modelPath, settings);
        return XDocument.Load(reader).Root!;
    }

    private static string? Flowable(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == name && IsFlowable(a.Name.NamespaceName))?.Value;

    private static bool IsFlowable(string ns) => ns is "http://flowable.org/bpmn" or "http://flowable.org/cmmn" or "http://activiti.org/bpmn";
}
