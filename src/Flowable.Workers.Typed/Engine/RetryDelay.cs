using System.Globalization;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// A wait before a retry, written for a person in a log line after "retrying": <c>at once</c>, <c>in 250 ms</c>,
/// <c>in 4 s</c>, <c>in 1.5 min</c>.
/// </summary>
internal readonly record struct RetryDelay(TimeSpan Value)
{
    public override string ToString() => Value switch
    {
        { Ticks: <= 0 } => "at once",
        { TotalSeconds: < 1 } => string.Create(CultureInfo.InvariantCulture, $"in {Math.Round(Value.TotalMilliseconds)} ms"),
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"in {Value.TotalSeconds:0.#} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"in {Value.TotalMinutes:0.#} min"),
    };
}
