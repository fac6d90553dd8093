using System;
using System.Collections.Generic;

namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// The options of a worker as one layer sets them (the worker's configuration section, its <c>[ExternalWorker]</c>
/// attribute, the global configuration section, code): null leaves an option to the next layer.
/// <see cref="Resolve"/> stacks the layers over the defaults; <see cref="WorkerSettingsValidator"/> checks a layer
/// or the result.
/// </summary>
internal sealed record WorkerSettings
{
    public TimeSpan? LockDuration { get; set; }

    public TimeSpan? PollInterval { get; set; }

    public int? NumberOfTasks { get; set; }

    public int? NumberOfRetries { get; set; }

    public int? MaxConcurrency { get; set; }

    /// <summary>The number of a <c>ScopeType</c> member (0 Any, 1 Bpmn, 2 Cmmn).</summary>
    public int? ScopeType { get; set; }

    public int? BindingFailureRetries { get; set; }

    public int? MaxLockOverruns { get; set; }

    public TimeSpan? ErrorBackoffInitialDelay { get; set; }

    public TimeSpan? ErrorBackoffMaxDelay { get; set; }

    /// <summary>Every option at its built-in default (see <see cref="WorkerOptions"/>).</summary>
    public static WorkerSettings Defaults() => new()
    {
        LockDuration = TimeSpan.FromTicks(WorkerOptions.LockDuration.Default),
        PollInterval = TimeSpan.FromTicks(WorkerOptions.PollInterval.Default),
        NumberOfTasks = (int)WorkerOptions.NumberOfTasks.Default,
        NumberOfRetries = (int)WorkerOptions.NumberOfRetries.Default,
        MaxConcurrency = (int)WorkerOptions.MaxConcurrency.Default,
        ScopeType = (int)WorkerOptions.ScopeType.Default,
        BindingFailureRetries = (int)WorkerOptions.BindingFailureRetries.Default,
        MaxLockOverruns = (int)WorkerOptions.MaxLockOverruns.Default,
        ErrorBackoffInitialDelay = TimeSpan.FromTicks(WorkerOptions.ErrorBackoffInitialDelay.Default),
        ErrorBackoffMaxDelay = TimeSpan.FromTicks(WorkerOptions.ErrorBackoffMaxDelay.Default),
    };

    /// <summary>
    /// The one precedence rule: each option comes from the first layer that sets it, else from the defaults. The
    /// hosted workers pass <c>Flowable:Workers:&lt;topic&gt;</c>, the attribute, then the global <c>Flowable</c> section.
    /// </summary>
    /// <param name="layers">The layers, the one that wins first; null entries are skipped.</param>
    /// <returns>Settings with every option set.</returns>
    public static WorkerSettings Resolve(IEnumerable<WorkerSettings?> layers)
    {
        var result = new WorkerSettings();
        foreach (var layer in layers)
        {
            if (layer is not null)
            {
                result.FillFrom(layer);
            }
        }

        result.FillFrom(Defaults());
        return result;
    }

    /// <summary>One option as a number (ticks for a duration, the member's number for the scope type); null when unset.</summary>
    public long? Get(WorkerOption option) => option.Name switch
    {
        nameof(LockDuration) => LockDuration?.Ticks,
        nameof(PollInterval) => PollInterval?.Ticks,
        nameof(NumberOfTasks) => NumberOfTasks,
        nameof(NumberOfRetries) => NumberOfRetries,
        nameof(MaxConcurrency) => MaxConcurrency,
        nameof(ScopeType) => ScopeType,
        nameof(BindingFailureRetries) => BindingFailureRetries,
        nameof(MaxLockOverruns) => MaxLockOverruns,
        nameof(ErrorBackoffInitialDelay) => ErrorBackoffInitialDelay?.Ticks,
        nameof(ErrorBackoffMaxDelay) => ErrorBackoffMaxDelay?.Ticks,
        _ => throw new ArgumentOutOfRangeException(nameof(option), option.Name, "Not a worker option."),
    };

    /// <summary>Sets one option from its number (ticks for a duration, the member's number for the scope type).</summary>
    public void Set(WorkerOption option, long value)
    {
        switch (option.Name)
        {
            case nameof(LockDuration): LockDuration = TimeSpan.FromTicks(value); break;
            case nameof(PollInterval): PollInterval = TimeSpan.FromTicks(value); break;
            case nameof(NumberOfTasks): NumberOfTasks = checked((int)value); break;
            case nameof(NumberOfRetries): NumberOfRetries = checked((int)value); break;
            case nameof(MaxConcurrency): MaxConcurrency = checked((int)value); break;
            case nameof(ScopeType): ScopeType = checked((int)value); break;
            case nameof(BindingFailureRetries): BindingFailureRetries = checked((int)value); break;
            case nameof(MaxLockOverruns): MaxLockOverruns = checked((int)value); break;
            case nameof(ErrorBackoffInitialDelay): ErrorBackoffInitialDelay = TimeSpan.FromTicks(value); break;
            case nameof(ErrorBackoffMaxDelay): ErrorBackoffMaxDelay = TimeSpan.FromTicks(value); break;
            default: throw new ArgumentOutOfRangeException(nameof(option), option.Name, "Not a worker option.");
        }
    }

    /// <summary>Takes each option this layer leaves unset from <paramref name="lower"/>.</summary>
    private void FillFrom(WorkerSettings lower)
    {
        LockDuration ??= lower.LockDuration;
        PollInterval ??= lower.PollInterval;
        NumberOfTasks ??= lower.NumberOfTasks;
        NumberOfRetries ??= lower.NumberOfRetries;
        MaxConcurrency ??= lower.MaxConcurrency;
        ScopeType ??= lower.ScopeType;
        BindingFailureRetries ??= lower.BindingFailureRetries;
        MaxLockOverruns ??= lower.MaxLockOverruns;
        ErrorBackoffInitialDelay ??= lower.ErrorBackoffInitialDelay;
        ErrorBackoffMaxDelay ??= lower.ErrorBackoffMaxDelay;
    }
}
