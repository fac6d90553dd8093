namespace Flowable.Workers.Typed.Testing.Engine;

/// <summary>A validated acquire request.</summary>
internal sealed record AcquireCommand(
    string Topic, TimeSpan LockDuration, int NumberOfTasks, int NumberOfRetries, string WorkerId, string? ScopeType);

/// <summary>A validated fail request.</summary>
internal sealed record FailCommand(
    string JobId, string WorkerId, string? ErrorMessage, string? ErrorDetails, int? Retries, TimeSpan? RetryTimeout);

/// <summary>The three ways a worker can finish a job successfully.</summary>
internal enum CompletionKind
{
    Complete,
    BpmnError,
    CmmnTerminate,
}

/// <summary>A completion whose variables are converted only after the lock and scope checks, as the server does.</summary>
internal sealed record CompletionCommand(
    string JobId,
    string WorkerId,
    CompletionKind Kind,
    string? ErrorCode,
    Func<IReadOnlyList<EmulatorVariable>> ConvertVariables);
