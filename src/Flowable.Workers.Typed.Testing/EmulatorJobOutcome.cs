namespace Flowable.Workers.Typed.Testing;

/// <summary>How a job left the external worker job API.</summary>
public enum EmulatorOutcomeKind
{
    /// <summary>Completed (<c>/complete</c>).</summary>
    Completed,

    /// <summary>Completed with a BPMN error (<c>/bpmnError</c>).</summary>
    BpmnError,

    /// <summary>Terminated (<c>/cmmnTerminate</c>).</summary>
    CmmnTerminated,

    /// <summary>Moved to the dead-letter table by a failure that left no retries (<c>/fail</c>).</summary>
    DeadLettered,
}

/// <summary>The terminal outcome of a job: what the worker did and the variables it sent, exactly as sent.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Kind">How it ended.</param>
/// <param name="WorkerId">The worker that ended it.</param>
/// <param name="Time">The emulator time it ended (milliseconds).</param>
public sealed record EmulatorJobOutcome(string JobId, EmulatorOutcomeKind Kind, string WorkerId, DateTimeOffset Time)
{
    /// <summary>The error code of a <see cref="EmulatorOutcomeKind.BpmnError"/> (<see langword="null"/> means "any error").</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The <c>errorMessage</c> of the failure that dead-lettered the job.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The <c>errorDetails</c> of the failure that dead-lettered the job.</summary>
    public string? ErrorDetails { get; init; }

    /// <summary>The variables sent with the completion, BPMN error or terminate, in the order sent.</summary>
    public IReadOnlyList<EmulatorVariable> Variables { get; init; } = [];

    /// <summary>The variable sent under <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No variable of that name was sent; the message lists those that were.</exception>
    public EmulatorVariable Variable(string name) =>
        Variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException(
            $"Job '{JobId}' ({Kind}) received no variable '{name}'; it received: [{string.Join(", ", Variables.Select(v => v.Name))}].");
}
