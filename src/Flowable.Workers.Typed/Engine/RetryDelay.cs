using System.Globalization;

namespace Flowable.Workers.Typed.Engine;

/// <summary>A wait before a retry, written for a person in a log line: <c>250 ms</c>, <c>4 s</c>, <c>1.5 min</c>.</summary>
internal readonly record struct RetryDelay(TimeSpan Value)
{
    public override string ToString() => Value switch
    {
        { TotalSeconds: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(Value.TotalMilliseconds)} ms"),
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{Value.TotalSeconds:0.#} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Value.TotalMinutes:0.#} min"),
    };
}
