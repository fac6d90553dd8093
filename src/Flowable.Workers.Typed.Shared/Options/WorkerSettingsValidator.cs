using System;
using System.Collections.Generic;

namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// The one check of worker options, used by the analyzers (FLW0043 on the attribute), the client
/// (<c>ExternalWorkerSubscriptionOptions.Validate</c>) and the host (each configuration layer and the result).
/// </summary>
internal static class WorkerSettingsValidator
{
    /// <summary>The options of <paramref name="settings"/> that are set and out of bounds, in the order of <see cref="WorkerOptions.All"/>.</summary>
    public static List<WorkerOptionProblem> Validate(WorkerSettings settings)
    {
        var problems = new List<WorkerOptionProblem>();
        Check(problems, WorkerOptions.LockDuration, settings.LockDuration?.Ticks);
        Check(problems, WorkerOptions.PollInterval, settings.PollInterval?.Ticks);
        Check(problems, WorkerOptions.NumberOfTasks, settings.NumberOfTasks);
        Check(problems, WorkerOptions.NumberOfRetries, settings.NumberOfRetries);
        Check(problems, WorkerOptions.MaxConcurrency, settings.MaxConcurrency);
        Check(problems, WorkerOptions.ScopeType, settings.ScopeType);
        Check(problems, WorkerOptions.BindingFailureRetries, settings.BindingFailureRetries);
        Check(problems, WorkerOptions.MaxLockOverruns, settings.MaxLockOverruns);
        Check(problems, WorkerOptions.ErrorBackoffInitialDelay, settings.ErrorBackoffInitialDelay?.Ticks);
        var maxDelayInBounds = Check(problems, WorkerOptions.ErrorBackoffMaxDelay, settings.ErrorBackoffMaxDelay?.Ticks);
        if (maxDelayInBounds && settings.ErrorBackoffMaxDelay is { } max && settings.ErrorBackoffInitialDelay is { } initial && max < initial)
        {
            problems.Add(new WorkerOptionProblem(WorkerOptions.ErrorBackoffMaxDelay, Iso8601Duration.Format(max), WorkerOptions.BackoffOrder));
        }

        return problems;
    }

    /// <summary>The one option's problem with <paramref name="value"/>, or null when it is in bounds.</summary>
    public static WorkerOptionProblem? Check(WorkerOption option, long value) =>
        option.Accepts(value) ? null : new WorkerOptionProblem(option, option.Display(value), option.Requirement);

    private static bool Check(List<WorkerOptionProblem> problems, WorkerOption option, long? value)
    {
        if (value is { } set && Check(option, set) is { } problem)
        {
            problems.Add(problem);
            return false;
        }

        return true;
    }
}
