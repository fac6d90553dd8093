using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Flowable.Workers.Typed.Shared;

/// <summary>
/// The one ISO-8601 duration grammar of the SDK, as <c>java.time.Duration</c> reads it (<c>PT10M</c>, <c>PT1H30M</c>,
/// <c>P1D</c>, <c>PT0.5S</c>, <c>-PT5M</c>): the form of Flowable's <c>lockDuration</c> and <c>retryTimeout</c>, of the
/// <c>[ExternalWorker]</c> attribute's durations (read at compile time) and of duration settings in configuration.
/// </summary>
/// <remarks>
/// Only days, hours, minutes and seconds exist: months, years and weeks have no fixed length, so <c>P1M</c>,
/// <c>P1Y</c> and <c>P1W</c> are rejected, as Java rejects them. Each number may carry a sign, as may the whole
/// duration; letters may be lower case; the fraction (seconds only) takes 1 to 9 digits after <c>.</c> or <c>,</c>.
/// </remarks>
internal static class Iso8601Duration
{
    /// <summary>What the grammar accepts, in words, for error messages.</summary>
    public const string Description = "an ISO-8601 duration of days, hours, minutes and seconds, such as PT10M, PT1H30M, P1D or PT0.5S";

    private const int MaxFractionDigits = 9;

    private const long MaxWholeMilliseconds = long.MaxValue / TimeSpan.TicksPerMillisecond;

    /// <summary>The message for text that is not a duration.</summary>
    public static string NotADuration(string text) => $"'{text}' is not {Description}.";

    /// <summary>Parses a duration; false when the text is not one or does not fit a <see cref="TimeSpan"/>.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var position = 0;
        var negative = TrySign(text, ref position);
        if (position >= text.Length || char.ToUpperInvariant(text[position]) != 'P')
        {
            return false;
        }

        position++;
        var ticks = BigInteger.Zero;
        var inTime = false;
        var sections = 0;
        var lastUnit = 0;
        while (position < text.Length)
        {
            if (char.ToUpperInvariant(text[position]) == 'T')
            {
                if (inTime || position == text.Length - 1)
                {
                    return false;
                }

                inTime = true;
                position++;
                continue;
            }

            if (!TryNumber(text, ref position, out var number, out var hasFraction) || position >= text.Length)
            {
                return false;
            }

            var (unit, unitTicks) = char.ToUpperInvariant(text[position]) switch
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

            // number is in units of 1e-9 (nanoseconds of the unit); ticks are 100 ns.
            ticks += number * unitTicks / 1_000_000_000;
            lastUnit = unit;
            sections++;
            position++;
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
    /// Formats the shortest form to the millisecond: <c>PT0S</c>, <c>PT10M</c>, <c>PT1H30M</c>, <c>P1D</c>,
    /// <c>PT0.5S</c>, <c>-PT5M</c>. A part of a millisecond is rounded away from zero, so that a positive duration
    /// is never sent as <c>PT0S</c> and a lock is never shorter than asked.
    /// </summary>
    public static string Format(TimeSpan value)
    {
        var totalMilliseconds = value.Ticks / TimeSpan.TicksPerMillisecond;
        if (value.Ticks % TimeSpan.TicksPerMillisecond != 0 && Math.Abs(totalMilliseconds) < MaxWholeMilliseconds)
        {
            totalMilliseconds += value.Ticks < 0 ? -1 : 1;
        }

        if (totalMilliseconds == 0)
        {
            return "PT0S";
        }

        var builder = new StringBuilder(24);
        if (totalMilliseconds < 0)
        {
            builder.Append('-');
        }

        var remaining = totalMilliseconds < 0 ? (ulong)(-totalMilliseconds) : (ulong)totalMilliseconds;
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
            builder.Append(days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (hours + minutes + seconds + milliseconds > 0)
        {
            builder.Append('T');
            Append(builder, hours, 'H');
            Append(builder, minutes, 'M');
            if (milliseconds > 0)
            {
                builder.Append(seconds.ToString(CultureInfo.InvariantCulture))
                    .Append('.')
                    .Append(milliseconds.ToString("000", CultureInfo.InvariantCulture).TrimEnd('0'))
                    .Append('S');
            }
            else
            {
                Append(builder, seconds, 'S');
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ulong amount, char unit)
    {
        if (amount > 0)
        {
            builder.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static bool TrySign(string text, ref int position)
    {
        if (position < text.Length && (text[position] == '-' || text[position] == '+'))
        {
            return text[position++] == '-';
        }

        return false;
    }

    /// <summary>Reads <c>[±]digits[.digits]</c> as a count of billionths of the unit that follows.</summary>
    private static bool TryNumber(string text, ref int position, out BigInteger billionths, out bool hasFraction)
    {
        billionths = BigInteger.Zero;
        hasFraction = false;
        var negative = TrySign(text, ref position);
        var start = position;
        var whole = BigInteger.Zero;
        while (position < text.Length && IsDigit(text[position]))
        {
            whole = (whole * 10) + (text[position] - '0');
            position++;
        }

        if (position == start)
        {
            return false;
        }

        var fraction = BigInteger.Zero;
        if (position < text.Length && (text[position] == '.' || text[position] == ','))
        {
            hasFraction = true;
            position++;
            var digits = 0;
            while (position < text.Length && IsDigit(text[position]))
            {
                fraction = (fraction * 10) + (text[position] - '0');
                digits++;
                position++;
            }

            if (digits is 0 or > MaxFractionDigits)
            {
                return false;
            }

            fraction *= BigInteger.Pow(10, MaxFractionDigits - digits);
        }

        billionths = (whole * 1_000_000_000) + fraction;
        if (negative)
        {
            billionths = -billionths;
        }

        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
