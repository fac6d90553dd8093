namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

/// <summary>Small BPMN and CMMN documents for the tests: the root element and namespaces around the given body.</summary>
internal static class Models
{
    public const string BpmnPath = "/models/order.bpmn20.xml";
    public const string CmmnPath = "/models/claim.cmmn.xml";

    /// <summary>A BPMN file whose line 3 is the first line of <paramref name="body"/>.</summary>
    public static string Bpmn(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:flowable=\"http://flowable.org/bpmn\" targetNamespace=\"http://example.com\">\n"
        + body
        + "\n</definitions>\n";

    /// <summary>A CMMN file whose line 3 is the first line of <paramref name="body"/>.</summary>
    public static string Cmmn(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<definitions xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\" xmlns:flowable=\"http://flowable.org/cmmn\" targetNamespace=\"http://example.com\">\n"
        + body
        + "\n</definitions>\n";

    /// <summary>Process <c>order</c> with one external-worker task <c>ship</c> of topic <c>shipOrder</c> (on line 4).</summary>
    public static string ShipOrder(string taskAttributes = "", string taskBody = "", string processBody = "") =>
        Bpmn(
            "<process id=\"order\">\n"
            + $"<serviceTask id=\"ship\" name=\"Ship\" flowable:type=\"external-worker\" flowable:topic=\"shipOrder\"{taskAttributes}>{taskBody}</serviceTask>\n"
            + processBody
            + "\n</process>");

    /// <summary>Case <c>claim</c> with one external-worker task <c>assess</c> of topic <c>assessClaim</c> (on line 5).</summary>
    public static string AssessClaim(string taskAttributes = "", string taskBody = "") =>
        Cmmn(
            "<case id=\"claim\">\n<casePlanModel id=\"plan\">\n"
            + $"<task id=\"assess\" name=\"Assess\" flowable:type=\"external-worker\" flowable:topic=\"assessClaim\"{taskAttributes}>{taskBody}</task>\n"
            + "</casePlanModel>\n</case>");

    public static string InParameters(params string[] targets) =>
        "<extensionElements>" + string.Concat(targets.Select(t => $"<flowable:externalWorkerInParameter source=\"{t}\" target=\"{t}\"/>")) + "</extensionElements>";
}
