using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// Converts <see cref="TimeSpan"/> to and from ISO-8601 durations as <c>java.time.Duration</c> reads them
/// (<c>PT10M</c>, <c>PT1H30M</c>, <c>P1D</c>, <c>PT0.5S</c>, <c>-PT5M</c>): the form of Flowable's
/// <c>lockDuration</c> and <c>retryTimeout</c>. The grammar is the one the generator applies to
/// <c>[ExternalWorker]</c> durations at compile time.
/// </summary>
/// <remarks>
/// Only days, hours, minutes and seconds exist: months and years have no fixed length, so <c>P1M</c> and
/// <c>P1Y</c> are rejected, as Java rejects them. Each number may carry a sign, as may the whole duration.
/// </remarks>
public static class IsoDuration
{
    /// <summary>Parses an ISO-8601 duration.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a day-time ISO-8601 duration.</exception>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Iso8601Duration.TryParse(text, out var value) ? value : throw new FormatException(Iso8601Duration.NotADuration(text));
    }

    /// <summary>Parses an ISO-8601 duration; false when it is not one or does not fit a <see cref="TimeSpan"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan value) => Iso8601Duration.TryParse(text.ToString(), out value);

    /// <summary>
    /// Formats the shortest ISO-8601 form to the millisecond: <c>PT0S</c>, <c>PT10M</c>, <c>PT1H30M</c>, <c>P1D</c>,
    /// <c>PT0.5S</c>, <c>-PT5M</c>. A part of a millisecond is rounded away from zero, so a positive lock duration
    /// is never sent as <c>PT0S</c>.
    /// </summary>
    public static string Format(TimeSpan value) => Iso8601Duration.Format(value);
}
