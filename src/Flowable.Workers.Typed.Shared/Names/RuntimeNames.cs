namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// Metadata names of the runtime's types that the generator and the analyzers look for in user code, and the names
/// a handler method may have. The runtime declares the types; a test proves the names match them.
/// </summary>
internal static class RuntimeNames
{
    public const string Namespace = "Flowable.Workers.Typed";
    public const string VariablesNamespace = Namespace + ".Variables";

    public const string ExternalWorkerAttribute = Namespace + ".ExternalWorkerAttribute";
    public const string VariableAttribute = Namespace + ".VariableAttribute";
    public const string ExternalWorkerJsonContextAttribute = Namespace + ".ExternalWorkerJsonContextAttribute";
    public const string ExternalWorkerJob = Namespace + ".ExternalWorkerJob";
    public const string WorkerResult = Namespace + ".WorkerResult";
    public const string VariableReader = VariablesNamespace + ".VariableReader";
    public const string VariableListWriter = VariablesNamespace + ".VariableListWriter";

    /// <summary>The <c>[ExternalWorker]</c> constructor's parameter: the topic.</summary>
    public const string TopicParameter = "topic";
}
