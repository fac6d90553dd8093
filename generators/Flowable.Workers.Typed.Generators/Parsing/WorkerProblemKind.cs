namespace Flowable.Workers.Typed.Generators.Parsing;

/// <summary>Why a class marked <c>[ExternalWorker]</c> is not a valid worker. The analyzers report each as a diagnostic.</summary>
internal enum WorkerProblemKind
{
    /// <summary>The class is not declared <c>partial</c>.</summary>
    NotPartial,

    /// <summary>A type the class is nested in is not <c>partial</c>.</summary>
    ContainingTypeNotPartial,

    /// <summary>The class, or a type it is nested in, is generic.</summary>
    Generic,

    /// <summary>The class is <c>static</c> or <c>abstract</c>.</summary>
    NotInstantiable,

    /// <summary>The class (or a type it is nested in) is private or protected, so the assembly's registry cannot reach it.</summary>
    Inaccessible,

    /// <summary>The topic is null, empty or white space.</summary>
    InvalidTopic,

    /// <summary><c>LockDuration</c> or <c>PollInterval</c> is not a positive ISO-8601 duration of days, hours, minutes and seconds.</summary>
    InvalidDuration,

    /// <summary><c>NumberOfTasks</c> or <c>MaxConcurrency</c> is below 1, <c>NumberOfRetries</c> below 0, or <c>ScopeType</c> undefined.</summary>
    OptionOutOfRange,

    /// <summary>The JSON context type does not derive from <c>JsonSerializerContext</c>.</summary>
    InvalidJsonContext,

    /// <summary>No public instance method named <c>Handle</c> or <c>HandleAsync</c>.</summary>
    NoHandler,

    /// <summary>More than one public instance method named <c>Handle</c> or <c>HandleAsync</c>.</summary>
    MultipleHandlers,

    /// <summary>A public method named <c>Handle</c> or <c>HandleAsync</c> is static.</summary>
    StaticHandler,

    /// <summary>The handler is generic.</summary>
    GenericHandler,

    /// <summary>The handler is <c>async void</c>, so its completion and exceptions are lost.</summary>
    AsyncVoidHandler,

    /// <summary>The handler's return type is none of <c>void</c>, <c>Task</c>, <c>ValueTask</c>, <c>WorkerResult</c> or a record/class (optionally in a task).</summary>
    UnsupportedReturnType,

    /// <summary>A handler parameter is <c>ref</c>, <c>out</c>, <c>in</c>, <c>ref readonly</c> or <c>params</c>.</summary>
    ModifiedParameter,

    /// <summary>Two handler parameters read the same variable.</summary>
    DuplicateParameterVariable,

    /// <summary>A second <c>ExternalWorkerJob</c> or <c>CancellationToken</c> parameter.</summary>
    DuplicateSpecialParameter,

    /// <summary>A handler parameter's type is not in the binding table.</summary>
    UnsupportedParameterType,

    /// <summary>A variable name (from <c>[Variable]</c>) is empty or white space.</summary>
    InvalidVariableName,

    /// <summary><c>[Variable]</c> on an <c>ExternalWorkerJob</c> or <c>CancellationToken</c> parameter.</summary>
    VariableOnSpecialParameter,

    /// <summary>The handler returns a type without public readable properties, so it would complete with no variables.</summary>
    NoOutputProperties,

    /// <summary>A property of the return type has a type that is not in the binding table.</summary>
    UnsupportedOutputPropertyType,

    /// <summary>Two properties of the return type write the same variable name.</summary>
    DuplicateOutputVariable,

    /// <summary>No public constructor, or several without one marked <c>[ActivatorUtilitiesConstructor]</c>.</summary>
    NoUsableConstructor,

    /// <summary>A constructor parameter is <c>ref</c>/<c>out</c>/<c>in</c>, or a value type without a default value.</summary>
    UnsupportedConstructorParameter,
}
