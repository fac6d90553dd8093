using System;
using System.Globalization;

namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// One option of a worker: its name (the same on the attribute, in configuration and on the subscription options),
/// its default, its bounds and the sentence that says what is valid. The analyzers, the client and the host all
/// report a value out of bounds with <see cref="Requirement"/>, so they never disagree.
/// </summary>
internal sealed class WorkerOption
{
    public WorkerOption(string name, WorkerOptionKind kind, long minimum, long maximum, long defaultValue, string requirement, bool onAttribute)
    {
        Name = name;
        Kind = kind;
        Minimum = minimum;
        Maximum = maximum;
        Default = defaultValue;
        Requirement = requirement;
        OnAttribute = onAttribute;
    }

    /// <summary>The option's name: attribute property, configuration key and options property alike.</summary>
    public string Name { get; }

    public WorkerOptionKind Kind { get; }

    /// <summary>The smallest valid value (ticks for a duration).</summary>
    public long Minimum { get; }

    /// <summary>The largest valid value (ticks for a duration).</summary>
    public long Maximum { get; }

    /// <summary>The built-in default (ticks for a duration), after the official clients.</summary>
    public long Default { get; }

    /// <summary>What a valid value is, as one sentence naming the option (no final period).</summary>
    public string Requirement { get; }

    /// <summary>Whether <c>[ExternalWorker]</c> can set the option (the others are configuration and code only).</summary>
    public bool OnAttribute { get; }

    /// <summary>Whether <paramref name="value"/> (ticks for a duration) is within the bounds.</summary>
    public bool Accepts(long value) => value >= Minimum && value <= Maximum;

    /// <summary>How a value is shown in messages: ISO-8601 for a duration, the number otherwise.</summary>
    public string Display(long value) => Kind == WorkerOptionKind.Duration
        ? Iso8601Duration.Format(TimeSpan.FromTicks(value))
        : value.ToString(CultureInfo.InvariantCulture);
}
