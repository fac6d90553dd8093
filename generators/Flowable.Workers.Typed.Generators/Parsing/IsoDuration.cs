using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Flowable.Workers.Typed.Generators.Parsing;

/// <summary>
/// Parses the ISO-8601 durations the attribute accepts at compile time: days, hours, minutes and (fractional)
/// seconds, such as <c>PT2M</c>, <c>PT0.5S</c> or <c>P1DT12H</c>. Years, months and weeks have no fixed length in
/// Flowable's Java <c>Duration</c> and are rejected, as are negative and zero durations.
/// </summary>
internal static class IsoDuration
{
    private static readonly Regex Pattern = new(
        @"^P(?:(?<days>\d+)D)?(?:T(?:(?<hours>\d+)H)?(?:(?<minutes>\d+)M)?(?:(?<seconds>\d+(?:\.\d{1,7})?)S)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));

    public static bool TryParsePositive(string? text, out long ticks)
    {
        ticks = 0;
        if (text is null || text.EndsWith("T", StringComparison.Ordinal))
        {
            return false;
        }

        var match = Pattern.Match(text);
        if (!match.Success)
        {
            return false;
        }

        try
        {
            checked
            {
                var seconds = match.Groups["seconds"].Success
                    ? decimal.Parse(match.Groups["seconds"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
                    : 0m;
                ticks = (Whole(match, "days") * TimeSpan.TicksPerDay)
                    + (Whole(match, "hours") * TimeSpan.TicksPerHour)
                    + (Whole(match, "minutes") * TimeSpan.TicksPerMinute)
                    + (long)(seconds * TimeSpan.TicksPerSecond);
            }
        }
        catch (OverflowException)
        {
            return false;
        }

        return ticks > 0;
    }

    private static long Whole(Match match, string group) =>
        match.Groups[group].Success ? long.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
}
