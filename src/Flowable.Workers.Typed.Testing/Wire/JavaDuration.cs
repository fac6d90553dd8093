using System.Globalization;
using System.Text.RegularExpressions;

namespace Flowable.Workers.Typed.Testing.Wire;

/// <summary>Parses ISO-8601 durations with the rules of <c>java.time.Duration.parse</c> (days at most; no months or years).</summary>
internal static partial class JavaDuration
{
    private const long NanosPerSecond = 1_000_000_000;

    [GeneratedRegex(
        @"^([-+]?)P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var days = match.Groups[2];
        var time = match.Groups[3];
        var hours = match.Groups[4];
        var minutes = match.Groups[5];
        var seconds = match.Groups[6];
        if (!days.Success && !time.Success)
        {
            return false;
        }

        if (time.Success && !hours.Success && !minutes.Success && !seconds.Success)
        {
            return false;
        }

        try
        {
            checked
            {
                var totalSeconds = (Parse(days) * 86_400) + (Parse(hours) * 3_600) + (Parse(minutes) * 60) + Parse(seconds);
                var nanos = FractionNanos(match.Groups[7]);
                if (seconds.Success && seconds.Value.StartsWith('-'))
                {
                    nanos = -nanos;
                }

                var total = ((Int128)totalSeconds * NanosPerSecond) + nanos;
                if (match.Groups[1].Value == "-")
                {
                    total = -total;
                }

                var ticks = total / 100;
                if (ticks > long.MaxValue || ticks < long.MinValue)
                {
                    return false;
                }

                duration = TimeSpan.FromTicks((long)ticks);
                return true;
            }
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static long Parse(Group group) =>
        group.Success ? long.Parse(group.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;

    private static long FractionNanos(Group group) =>
        group.Success && group.Value.Length > 0
            ? long.Parse(group.Value.PadRight(9, '0'), NumberStyles.None, CultureInfo.InvariantCulture)
            : 0;
}
