using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Analyzers;

/// <summary>
/// Every diagnostic about <c>[ExternalWorker]</c> classes. IDs are stable and grouped by area: the worker class
/// (FLW0001-0009), its handler (0010-0019), handler parameters (0020-0029), the returned output (0030-0039) and the
/// attribute's options (0040-0049). Each has a page under <c>docs/diagnostics/</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpLinkBase = ProjectInfo.Url + "/blob/main/docs/diagnostics/";

    private const string WorkerCategory = "Flowable.Workers.Worker";
    private const string HandlerCategory = "Flowable.Workers.Handler";
    private const string ParametersCategory = "Flowable.Workers.Parameters";
    private const string OutputCategory = "Flowable.Workers.Output";
    private const string OptionsCategory = "Flowable.Workers.Options";

    /// <summary>FLW0001: Worker class is not partial.</summary>
    public static readonly DiagnosticDescriptor WorkerNotPartial = new(
        "FLW0001",
        "Worker class is not partial",
        "The worker class '{0}' must be partial: the generator adds its IExternalWorker implementation to it",
        WorkerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0001.md");

    /// <summary>FLW0002: Type containing a worker is not partial.</summary>
    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = new(
        "FLW0002",
        "Type containing a worker is not partial",
        "'{0}' contains a worker class and must be partial too",
        WorkerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0002.md");

    /// <summary>FLW0003: Worker class is static or abstract.</summary>
    public static readonly DiagnosticDescriptor WorkerNotInstantiable = new(
        "FLW0003",
        "Worker class is static or abstract",
        "The worker class '{0}' is {1}; a worker is created for every job, so it cannot be static or abstract",
        WorkerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0003.md");

    /// <summary>FLW0004: Worker class is generic.</summary>
    public static readonly DiagnosticDescriptor WorkerGeneric = new(
        "FLW0004",
        "Worker class is generic",
        "'{0}' is generic; a worker class and the types containing it cannot have type parameters",
        WorkerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0004.md");

    /// <summary>FLW0005: Worker class is not reachable from its assembly.</summary>
    public static readonly DiagnosticDescriptor WorkerInaccessible = new(
        "FLW0005",
        "Worker class is not reachable from its assembly",
        "'{0}' is {1}; a worker class and the types containing it must be public or internal so the assembly's worker list can reach it",
        WorkerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0005.md");

    /// <summary>FLW0006: Worker has no usable constructor.</summary>
    public static readonly DiagnosticDescriptor NoUsableConstructor = new(
        "FLW0006",
        "Worker has no usable constructor",
        "The worker class '{0}' needs exactly one public constructor, or one public constructor marked [ActivatorUtilitiesConstructor]",
        WorkerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0006.md");

    /// <summary>FLW0007: Constructor parameter cannot come from the service provider.</summary>
    public static readonly DiagnosticDescriptor UnsupportedConstructorParameter = new(
        "FLW0007",
        "Constructor parameter cannot come from the service provider",
        "Constructor parameter '{0}' of type '{1}' cannot come from the service provider: it is ref, out, in or params, a ref struct, or a value type without a default value",
        WorkerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0007.md");

    /// <summary>FLW0010: Worker has no handler.</summary>
    public static readonly DiagnosticDescriptor NoHandler = new(
        "FLW0010",
        "Worker has no handler",
        "The worker class '{0}' has no public instance method named Handle or HandleAsync",
        HandlerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0010.md");

    /// <summary>FLW0011: Worker has more than one handler.</summary>
    public static readonly DiagnosticDescriptor MultipleHandlers = new(
        "FLW0011",
        "Worker has more than one handler",
        "The worker class '{0}' has more than one public method named Handle or HandleAsync; keep exactly one",
        HandlerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0011.md");

    /// <summary>FLW0012: Handler is static.</summary>
    public static readonly DiagnosticDescriptor StaticHandler = new(
        "FLW0012",
        "Handler is static",
        "The handler '{0}' is static; make it an instance method",
        HandlerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0012.md");

    /// <summary>FLW0013: Handler is generic.</summary>
    public static readonly DiagnosticDescriptor GenericHandler = new(
        "FLW0013",
        "Handler is generic",
        "The handler '{0}' is generic; nothing could choose its type arguments",
        HandlerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0013.md");

    /// <summary>FLW0014: Handler is async void.</summary>
    public static readonly DiagnosticDescriptor AsyncVoidHandler = new(
        "FLW0014",
        "Handler is async void",
        "The handler '{0}' is async void, so its completion and exceptions are lost; return Task or ValueTask",
        HandlerCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0014.md");

    /// <summary>FLW0020: Handler parameter is ref, out, in or params.</summary>
    public static readonly DiagnosticDescriptor ModifiedParameter = new(
        "FLW0020",
        "Handler parameter is ref, out, in or params",
        "Parameter '{0}' is declared '{1}'; handler parameters are read from variables and cannot be ref, out, in, ref readonly or params",
        ParametersCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0020.md");

    /// <summary>FLW0021: Handler parameter type cannot be bound to a variable.</summary>
    public static readonly DiagnosticDescriptor UnsupportedParameterType = new(
        "FLW0021",
        "Handler parameter type cannot be bound to a variable",
        "Parameter '{0}' has type '{1}', which no variable binds to. Supported: " + BindingTable.SupportedTypes + ", and their nullable forms; and ExternalWorkerJob and CancellationToken by type.",
        ParametersCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0021.md");

    /// <summary>FLW0022: Empty Flowable variable name.</summary>
    public static readonly DiagnosticDescriptor InvalidVariableName = new(
        "FLW0022",
        "Empty Flowable variable name",
        "'{0}' is bound to the variable name '{1}', which is empty or white space; Flowable needs a name with at least one other character",
        ParametersCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0022.md");

    /// <summary>FLW0023: Two parameters read the same variable.</summary>
    public static readonly DiagnosticDescriptor DuplicateParameterVariable = new(
        "FLW0023",
        "Two parameters read the same variable",
        "Parameter '{0}' reads the variable '{1}', which an earlier parameter already reads",
        ParametersCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0023.md");

    /// <summary>FLW0024: Special parameter declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateSpecialParameter = new(
        "FLW0024",
        "Special parameter declared twice",
        "Parameter '{0}' is a second {1} parameter; a handler takes at most one",
        ParametersCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0024.md");

    /// <summary>FLW0025: [Variable] on a parameter bound by type.</summary>
    public static readonly DiagnosticDescriptor VariableOnSpecialParameter = new(
        "FLW0025",
        "[Variable] on a parameter bound by type",
        "Parameter '{0}' of type {1} is bound by its type, not from a variable; remove [Variable]",
        ParametersCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0025.md");

    /// <summary>FLW0030: Handler return type cannot become variables.</summary>
    public static readonly DiagnosticDescriptor UnsupportedReturnType = new(
        "FLW0030",
        "Handler return type cannot become variables",
        "The handler '{0}' returns '{1}', which cannot become variables; return void, Task, ValueTask, WorkerResult, or a record whose properties are the output variables (optionally in Task<T> or ValueTask<T>)",
        OutputCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0030.md");

    /// <summary>FLW0031: Returned type has no output properties.</summary>
    public static readonly DiagnosticDescriptor NoOutputProperties = new(
        "FLW0031",
        "Returned type has no output properties",
        "The handler '{0}' returns '{1}', which has no public readable properties, so the job would complete without variables; add properties or return Task",
        OutputCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0031.md");

    /// <summary>FLW0032: Output property type cannot be written as a variable.</summary>
    public static readonly DiagnosticDescriptor UnsupportedOutputPropertyType = new(
        "FLW0032",
        "Output property type cannot be written as a variable",
        "Output property '{0}' has type '{1}', which cannot be written as a variable. Supported: " + BindingTable.SupportedTypes + ", and their nullable forms.",
        OutputCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0032.md");

    /// <summary>FLW0033: Two output properties write the same variable.</summary>
    public static readonly DiagnosticDescriptor DuplicateOutputVariable = new(
        "FLW0033",
        "Two output properties write the same variable",
        "Output property '{0}' writes the variable '{1}', which another property already writes; rename one with [Variable]",
        OutputCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0033.md");

    /// <summary>FLW0040: Worker topic is empty.</summary>
    public static readonly DiagnosticDescriptor InvalidTopic = new(
        "FLW0040",
        "Worker topic is empty",
        "The worker class '{0}' has an empty topic; give [ExternalWorker] the topic of its service tasks",
        OptionsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0040.md");

    /// <summary>FLW0041: Topic used by more than one worker.</summary>
    public static readonly DiagnosticDescriptor DuplicateTopic = new(
        "FLW0041",
        "Topic used by more than one worker",
        "The topic '{1}' of '{0}' is also the topic of '{2}'; each job goes to whichever worker acquires it first",
        OptionsCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0041.md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>FLW0042: Invalid ISO-8601 duration.</summary>
    public static readonly DiagnosticDescriptor InvalidDuration = new(
        "FLW0042",
        "Invalid ISO-8601 duration",
        "{1} \"{2}\" of worker '{0}' is not an ISO-8601 duration of days, hours, minutes and seconds such as PT30S, PT5M or P1DT2H; Flowable's Java Duration rejects years, months and weeks",
        OptionsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0042.md");

    /// <summary>FLW0043: Worker option out of range.</summary>
    public static readonly DiagnosticDescriptor OptionOutOfRange = new(
        "FLW0043",
        "Worker option out of range",
        "{1} = {2} is out of range for worker '{0}': {3}",
        OptionsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0043.md");

    /// <summary>FLW0044: JSON context is not a JsonSerializerContext.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonContext = new(
        "FLW0044",
        "JSON context is not a JsonSerializerContext",
        "'{1}', the JSON context of worker '{0}', is not a concrete class deriving from JsonSerializerContext",
        OptionsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0044.md");

    /// <summary>FLW0045: Long-locked handler takes no CancellationToken.</summary>
    public static readonly DiagnosticDescriptor LongLockWithoutCancellation = new(
        "FLW0045",
        "Long-locked handler takes no CancellationToken",
        "The handler '{0}' runs under a {1} lock but takes no CancellationToken, so it cannot stop when the lock is about to expire or the worker shuts down",
        OptionsCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "FLW0045.md");
}
