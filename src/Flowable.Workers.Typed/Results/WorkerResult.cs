using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed;

/// <summary>
/// The outcome of one job: complete, BPMN error or CMMN terminate (each with variables), or fail. Create one with
/// the factories here, a <see cref="WorkerResultBuilder"/>, or <see cref="FromException"/>.
/// </summary>
public sealed class WorkerResult
{
    private static readonly WorkerResult CompleteWithoutVariables = new(WorkerResultKind.Complete, [], null, null, null, null, null);

    private WorkerResult(
        WorkerResultKind kind,
        IReadOnlyList<RestVariable> variables,
        string? errorCode,
        string? errorMessage,
        string? errorDetails,
        int? retries,
        TimeSpan? retryTimeout)
    {
        Kind = kind;
        Variables = variables;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        ErrorDetails = errorDetails;
        Retries = retries;
        RetryTimeout = retryTimeout;
    }

    /// <summary>Which REST call ends the job.</summary>
    public WorkerResultKind Kind { get; }

    /// <summary>The variables to send with complete, bpmnError or cmmnTerminate; empty for fail.</summary>
    public IReadOnlyList<RestVariable> Variables { get; }

    /// <summary>The BPMN error code; null for "any error" (and for other kinds).</summary>
    public string? ErrorCode { get; }

    /// <summary>For fail: the message Flowable shows as the job's <c>exceptionMessage</c>.</summary>
    public string? ErrorMessage { get; }

    /// <summary>For fail: the details Flowable stores as the job's stack trace.</summary>
    public string? ErrorDetails { get; }

    /// <summary>For fail: the retries left afterwards (0 moves the job to the dead letter jobs); null lets the server take one.</summary>
    public int? Retries { get; }

    /// <summary>For fail: how long before the job can be acquired again; null for at once.</summary>
    public TimeSpan? RetryTimeout { get; }

    /// <summary>Whether this failure stands for a handler that returned null where its contract promised a result.</summary>
    internal bool StandsForNull { get; private init; }

    /// <summary>Completes the job, setting <paramref name="variables"/> on the process or case.</summary>
    public static WorkerResult Complete(IReadOnlyList<RestVariable>? variables = null) =>
        variables is null or { Count: 0 }
            ? CompleteWithoutVariables
            : new(WorkerResultKind.Complete, [.. variables], null, null, null, null, null);

    /// <summary>Completes the job with <paramref name="variables"/>, which the caller hands over and never touches again.</summary>
    internal static WorkerResult CompleteTaking(RestVariable[] variables) =>
        variables.Length == 0
            ? CompleteWithoutVariables
            : new(WorkerResultKind.Complete, variables, null, null, null, null, null);

    /// <summary>
    /// Throws a BPMN error from the task: a boundary event or event sub-process catching <paramref name="errorCode"/>
    /// (or catching any error, when it is null) takes over. BPMN jobs only.
    /// </summary>
    public static WorkerResult BpmnError(string? errorCode, IReadOnlyList<RestVariable>? variables = null) =>
        new(WorkerResultKind.BpmnError, Snapshot(variables), errorCode, null, null, null, null);

    /// <summary>Terminates the plan item, setting <paramref name="variables"/> first. CMMN jobs only.</summary>
    public static WorkerResult CmmnTerminate(IReadOnlyList<RestVariable>? variables = null) =>
        new(WorkerResultKind.CmmnTerminate, Snapshot(variables), null, null, null, null, null);

    /// <summary>Fails the job; it is retried while retries are left, then moved to the dead letter jobs.</summary>
    /// <param name="message">Shown as the job's <c>exceptionMessage</c>; null clears it.</param>
    /// <param name="details">Stored as the job's stack trace.</param>
    /// <param name="retries">The retries left afterwards, 0 or more; null lets the server take one.</param>
    /// <param name="retryTimeout">How long before the job can be acquired again; null for at once.</param>
    public static WorkerResult Fail(string? message, string? details = null, int? retries = null, TimeSpan? retryTimeout = null)
    {
        if (retries < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(retries), retries, "Retries must be 0 or more; pass null to let the server take one retry.");
        }

        if (retryTimeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryTimeout), retryTimeout, "A retry timeout cannot be negative.");
        }

        return new(WorkerResultKind.Fail, [], null, message, details, retries, retryTimeout);
    }

    /// <summary>Fails the job of a handler that returned null instead of a result (a bug in the handler), with <paramref name="message"/>.</summary>
    internal static WorkerResult FailForNull(string message) =>
        new(WorkerResultKind.Fail, [], null, message, null, null, null) { StandsForNull = true };

    /// <summary>
    /// Maps what a handler threw to the job's outcome: <see cref="BpmnErrorException"/> to a BPMN error,
    /// <see cref="CmmnTerminateException"/> to a terminate, <see cref="WorkerFailureException"/> to a fail with its
    /// values, and anything else (a <see cref="VariableConversionException"/> included) to a fail with the exception's
    /// message and its full text as details, leaving retries to the server. An <see cref="AggregateException"/>
    /// holding a single exception is judged by that exception.
    /// </summary>
    public static WorkerResult FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Unwrapped(exception) switch
        {
            BpmnErrorException bpmnError => BpmnError(bpmnError.ErrorCode, bpmnError.Variables),
            CmmnTerminateException terminate => CmmnTerminate(terminate.Variables),
            WorkerFailureException failure => Fail(failure.Message, failure.Details, failure.Retries, failure.RetryTimeout),
            var other => Fail(other.Message, other.ToString()),
        };
    }

    /// <summary>The exception an <see cref="AggregateException"/> holding a single exception stands for; any other as it is.</summary>
    internal static Exception Unwrapped(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions: [var single] })
        {
            exception = single;
        }

        return exception;
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        WorkerResultKind.Fail => $"Fail: {ErrorMessage} (retries {Retries?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "by server"})",
        WorkerResultKind.BpmnError => $"BpmnError {ErrorCode ?? "(any)"} with {Variables.Count} variables",
        _ => $"{Kind} with {Variables.Count} variables",
    };

    private static RestVariable[] Snapshot(IReadOnlyList<RestVariable>? variables) => variables is null ? [] : [.. variables];
}
