namespace Flowable.Workers.Typed;

/// <summary>
/// Marks a <see langword="partial"/> class as a typed external worker for <paramref name="topic"/>. The source
/// generator binds the class's public <c>Handle</c> or <c>HandleAsync</c> method to the job's variables and makes the
/// class implement <see cref="IExternalWorker{TSelf}"/>.
/// </summary>
/// <remarks>
/// Every option left unset here falls back to the global <c>Flowable</c> configuration section and then to the
/// defaults of Flowable's official clients (lock duration <c>PT1M</c>, one task per acquire, five acquire retries, a
/// 30 s idle poll interval). The worker's own section, <c>Flowable:Workers:&lt;topic&gt;</c>, wins over the
/// attribute, so operators can tune a deployment without recompiling. The generator records which options were set,
/// so an explicit value equal to a default still wins over the global section.
/// </remarks>
/// <param name="topic">The external worker topic, as in the BPMN/CMMN model's <c>flowable:topic</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ExternalWorkerAttribute(string topic) : Attribute
{
    /// <summary>The topic whose jobs this worker acquires.</summary>
    public string Topic { get; } = topic;

    /// <summary>How long an acquired job stays locked, as an ISO-8601 duration (<c>PT2M</c>, <c>PT30S</c>, <c>P1DT2H</c>).</summary>
    public string? LockDuration { get; set; }

    /// <summary>How long to wait between polls when no job was found, as an ISO-8601 duration (<c>PT0S</c> polls again at once).</summary>
    public string? PollInterval { get; set; }

    /// <summary>The most jobs one acquire request asks for (at least 1).</summary>
    public int NumberOfTasks { get; set; }

    /// <summary>
    /// How often Flowable runs one acquire request when another worker locked the same job first (at least 1: Flowable
    /// acquires nothing, without an error, for 0). Not the job's retries.
    /// </summary>
    public int NumberOfRetries { get; set; }

    /// <summary>The most jobs this worker handles at the same time (at least 1).</summary>
    public int MaxConcurrency { get; set; }

    /// <summary>
    /// The retries a job keeps when its variables cannot be bound to the handler (at least 0; default 0, which sends
    /// the job to Flowable's dead letters at once).
    /// </summary>
    public int BindingFailureRetries { get; set; }

    /// <summary>How often a job's handler may outlive the job's lock in this process before the job is failed (at least 1; default 3).</summary>
    public int MaxLockOverruns { get; set; }

    /// <summary>Restricts acquisition to BPMN or CMMN jobs; <see cref="Typed.ScopeType.Any"/> acquires both.</summary>
    public ScopeType ScopeType { get; set; }

    /// <summary>
    /// A <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> type whose source-generated metadata reads
    /// and writes this worker's JSON variables (records, classes, arrays, lists, dictionaries). Overrides
    /// <see cref="ExternalWorkerJsonContextAttribute"/>. Without any context, reflection-based System.Text.Json is
    /// used, which is neither trimming- nor NativeAOT-safe.
    /// </summary>
    public Type? JsonContext { get; set; }
}
