using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// Diagnostics comparing workers with the BPMN and CMMN models they serve (FLW0050-0059); they run only when the
/// project lists model files as <c>FlowableModel</c> items. Each has a page under <c>docs/diagnostics/</c>.
/// </summary>
internal static class ProcessModelDescriptors
{
    private const string HelpLinkBase = "https://github.com/flowable-workers-typed/Flowable.Workers.Typed/blob/main/docs/diagnostics/";

    private const string Category = "Flowable.Workers.Models";

    /// <summary>FLW0050: Worker topic matches no task in the process models.</summary>
    public static readonly DiagnosticDescriptor TopicNotInModels = new(
        "FLW0050",
        "Worker topic matches no task in the process models",
        "The topic '{0}' of '{1}' matches no external-worker task in the process models{2}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0050.md");

    /// <summary>FLW0051: External-worker task has no worker.</summary>
    public static readonly DiagnosticDescriptor TaskWithoutWorker = new(
        "FLW0051",
        "External-worker task has no worker",
        "The external-worker task '{0}' of {1} '{2}' in {3} has the topic '{4}', which no worker in this project subscribes to",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0051.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FLW0052: Handler reads variables the tasks never send.</summary>
    public static readonly DiagnosticDescriptor TaskSendsNoVariables = new(
        "FLW0052",
        "Handler reads variables the tasks never send",
        "'{0}' reads the variable '{1}', but task '{2}' of {3} '{4}' in {5} sends no variables (doNotIncludeVariables and no in-parameters), nor does any other task of the topic '{6}': every job fails",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0052.md");

    /// <summary>FLW0053: Required variable is not an in-parameter of the task.</summary>
    public static readonly DiagnosticDescriptor VariableNotInParameters = new(
        "FLW0053",
        "Required variable is not an in-parameter of the task",
        "'{0}' requires the variable '{1}', but task '{2}' of {3} '{4}' in {5} sends only its in-parameters' targets ({6}): every job of that task fails",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0053.md");

    /// <summary>FLW0054: Output variable is not mapped by the task's out-parameters.</summary>
    public static readonly DiagnosticDescriptor OutputNotMapped = new(
        "FLW0054",
        "Output variable is not mapped by the task's out-parameters",
        "'{0}' writes the output variable '{1}', but task '{2}' of {3} '{4}' in {5} keeps only what its out-parameters map ({6}): '{1}' never reaches the {3}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0054.md");

    /// <summary>FLW0055: BPMN error is not caught at the task.</summary>
    public static readonly DiagnosticDescriptor ErrorNotCaught = new(
        "FLW0055",
        "BPMN error is not caught at the task",
        "'{0}' throws the BPMN error '{1}', which no error boundary event or error event sub-process catches at task '{2}' of process '{3}' in {4}: Flowable fails the job (\"No catching boundary event found for error with errorCode '{1}'\") instead of taking a modelled path",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0055.md");

    /// <summary>FLW0056: Worker scope does not match the models.</summary>
    public static readonly DiagnosticDescriptor ScopeMismatch = new(
        "FLW0056",
        "Worker scope does not match the models",
        "'{0}' {1}, but its topic '{2}' is only on {3} tasks (task '{4}' of {5} '{6}' in {7})",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0056.md");

    /// <summary>FLW0059: Process model cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableModel = new(
        "FLW0059",
        "Process model cannot be read",
        "The process model '{0}' cannot be read: {1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0059.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
