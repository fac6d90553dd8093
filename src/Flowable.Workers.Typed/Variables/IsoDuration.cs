using System.Globalization;
using System.Text;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// Converts <see cref="TimeSpan"/> to and from ISO-8601 durations as <c>java.time.Duration</c> reads them
/// (<c>PT10M</c>, <c>PT1H30M</c>, <c>P1D</c>, <c>PT0.5S</c>, <c>-PT5M</c>): the form of Flowable's
/// <c>lockDuration</c> and <c>retryTimeout</c>.
/// </summary>
/// <remarks>
/// Only days, hours, minutes and seconds exist: months and years have no fixed length, so <c>P1M</c> and
/// <c>P1Y</c> are rejected, as Java rejects them. Each number may carry a sign, as may the whole duration.
/// </remarks>
public static class IsoDuration
{
    private const int MaxFractionDigits = 9;

    /// <summary>Parses an ISO-8601 duration.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a day-time ISO-8601 duration.</exception>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException(
                $"'{text}' is not an ISO-8601 duration of days, hours, minutes and seconds, such as PT10M, PT1H30M, P1D or PT0.5S.");
    }

    /// <summary>Parses an ISO-8601 duration; false when it is not one or does not fit a <see cref="TimeSpan"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan value)
    {
        value = default;
        var s = text;
        var negative = TrySign(ref s);
        if (s.IsEmpty || (s[0] != 'P' && s[0] != 'p'))
        {
            return false;
        }

        s = s[1..];
        Int128 ticks = 0;
        var inTime = false;
        var sections = 0;
        var lastUnit = 0;
        while (!s.IsEmpty)
        {
            if (s[0] is 'T' or 't')
            {
                if (inTime || s.Length == 1)
                {
                    return false;
                }

                inTime = true;
                s = s[1..];
                continue;
            }

            if (!TryNumber(ref s, out var whole, out var fractionTicks, out var hasFraction, out var sectionNegative) || s.IsEmpty)
            {
                return false;
            }

            var (unit, unitTicks) = char.ToUpperInvariant(s[0]) switch
            {
                'D' when !inTime => (1, TimeSpan.TicksPerDay),
                'H' when inTime => (2, TimeSpan.TicksPerHour),
                'M' when inTime => (3, TimeSpan.TicksPerMinute),
                'S' when inTime => (4, TimeSpan.TicksPerSecond),
                _ => (0, 0L),
            };
            if (unit <= lastUnit || (hasFraction && unit != 4))
            {
                return false;
            }

            var section = (Int128)whole * unitTicks + fractionTicks;
            ticks += sectionNegative ? -section : section;
            lastUnit = unit;
            sections++;
            s = s[1..];
        }

        if (sections == 0)
        {
            return false;
        }

        if (negative)
        {
            ticks = -ticks;
        }

        if (ticks < TimeSpan.MinValue.Ticks || ticks > TimeSpan.MaxValue.Ticks)
        {
            return false;
        }

        value = TimeSpan.FromTicks((long)ticks);
        return true;
    }

    /// <summary>
    /// Formats the shortest ISO-8601 form: <c>PT0S</c>, <c>PT10M</c>, <c>PT1H30M</c>, <c>P1D</c>, <c>PT0.5S</c>,
    /// <c>-PT5M</c>. Precision below a millisecond is dropped.
    /// </summary>
    public static string Format(TimeSpan value)
    {
        var totalMilliseconds = value.Ticks / TimeSpan.TicksPerMillisecond;
        if (totalMilliseconds == 0)
        {
            return "PT0S";
        }

        var builder = new StringBuilder(24);
        if (totalMilliseconds < 0)
        {
            builder.Append('-');
        }

        var remaining = (ulong)Math.Abs(totalMilliseconds);
        var days = remaining / 86_400_000;
        remaining %= 86_400_000;
        var hours = remaining / 3_600_000;
        remaining %= 3_600_000;
        var minutes = remaining / 60_000;
        remaining %= 60_000;
        var seconds = remaining / 1000;
        var milliseconds = remaining % 1000;

        builder.Append('P');
        if (days > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{days}D");
        }

        if (hours + minutes + seconds + milliseconds > 0)
        {
            builder.Append('T');
            if (hours > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{hours}H");
            }

            if (minutes > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{minutes}M");
            }

            if (milliseconds > 0)
            {
                builder.Append(string.Create(CultureInfo.InvariantCulture, $"{seconds}.{milliseconds:000}").TrimEnd('0')).Append('S');
            }
            else if (seconds > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{seconds}S");
            }
        }

        return builder.ToString();
    }

    private static bool TrySign(ref ReadOnlySpan<char> s)
    {
        if (!s.IsEmpty && s[0] is '-' or '+')
        {
            var negative = s[0] == '-';
            s = s[1..];
            return negative;
        }

        return false;
    }

    /// <summary>Reads <c>[±]digits[.digits]</c>; the fraction (seconds only) becomes ticks, digits beyond 7 dropped.</summary>
    private static bool TryNumber(
        ref ReadOnlySpan<char> s, out long whole, out long fractionTicks, out bool hasFraction, out bool negative)
    {
        whole = 0;
        fractionTicks = 0;
        hasFraction = false;
        negative = TrySign(ref s);
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits == 0 || !long.TryParse(s[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out whole))
        {
            return false;
        }

        s = s[digits..];
        if (!s.IsEmpty && s[0] is '.' or ',')
        {
            hasFraction = true;
            var count = 0;
            long scale = TimeSpan.TicksPerSecond;
            while (count + 1 < s.Length && char.IsAsciiDigit(s[count + 1]))
            {
                count++;
                scale /= 10;
                fractionTicks += (s[count] - '0') * scale;
            }

            if (count is 0 or > MaxFractionDigits)
            {
                return false;
            }

            s = s[(count + 1)..];
        }

        return true;
    }
}
