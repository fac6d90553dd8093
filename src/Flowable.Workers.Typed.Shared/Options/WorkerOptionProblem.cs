namespace Flowable.Workers.Typed.Shared;

/// <summary>An option whose value is out of bounds.</summary>
/// <param name="Option">The option.</param>
/// <param name="Value">The value as the user wrote it (ISO-8601 for a duration).</param>
/// <param name="Requirement">What a valid value is (<see cref="WorkerOption.Requirement"/>).</param>
internal sealed record WorkerOptionProblem(WorkerOption Option, string Value, string Requirement);
