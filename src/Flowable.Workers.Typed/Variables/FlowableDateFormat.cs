using System.Globalization;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// Reads and writes the date forms of Flowable's REST API: job dates and <c>date</c>, <c>instant</c>,
/// <c>localDate</c> and <c>localDateTime</c> variables.
/// </summary>
/// <remarks>
/// Reading is lenient because servers differ by version: 0–9 fraction digits (digits beyond the 7 a tick holds are
/// dropped), <c>Z</c> or an offset (<c>+02:00</c>, <c>+0200</c>, <c>+02</c>). Writing uses the one form every server
/// version accepts: <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC with exactly three fraction digits.
/// </remarks>
internal static class FlowableDateFormat
{
    private const string UtcMillisecondsFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";
    internal const string LocalDateFormat = "yyyy'-'MM'-'dd";
    internal const string LocalDateTimeFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff";
    private const int MaxLength = 64;

    /// <summary>
    /// Parses a job date or a <c>date</c> variable: a date-time with or without offset (none means UTC, as Flowable
    /// 8 reads it), or a date alone (midnight UTC).
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateTimeOffset value) =>
        DateTimeParser.TryParse(text, DateTimeParser.Mode.Date, out value);

    /// <summary>Parses an <c>instant</c> variable: a date-time with <c>Z</c> or an offset (required).</summary>
    public static bool TryParseInstant(ReadOnlySpan<char> text, out DateTimeOffset value) =>
        DateTimeParser.TryParse(text, DateTimeParser.Mode.Instant, out value);

    /// <summary>Parses a <c>localDate</c> variable: <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseLocalDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        if (DateTimeParser.TryParse(text, DateTimeParser.Mode.LocalDate, out var parsed))
        {
            value = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Parses a <c>localDateTime</c> variable: a date and time without offset, with or without seconds and with
    /// 0–9 fraction digits. The result has <see cref="DateTimeKind.Unspecified"/>.
    /// </summary>
    public static bool TryParseLocalDateTime(ReadOnlySpan<char> text, out DateTime value)
    {
        if (DateTimeParser.TryParse(text, DateTimeParser.Mode.LocalDateTime, out var parsed))
        {
            value = parsed.DateTime;
            return true;
        }

        value = default;
        return false;
    }

    internal static bool TryParseDate(ReadOnlySpan<byte> utf8, out DateTimeOffset value) =>
        DateTimeParser.TryParse(utf8, DateTimeParser.Mode.Date, out value);

    /// <summary>Formats a <c>date</c> (and a job date) as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC.</summary>
    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString(UtcMillisecondsFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats a <c>date</c> as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC. A <see cref="DateTimeKind.Local"/> value is
    /// converted to UTC; an <see cref="DateTimeKind.Unspecified"/> one is taken as UTC already.
    /// </summary>
    public static string FormatDate(DateTime value) => FormatDate(ToUtc(value));

    /// <summary>Formats an <c>instant</c>: the same UTC form as <see cref="FormatDate(DateTimeOffset)"/>.</summary>
    public static string FormatInstant(DateTimeOffset value) => FormatDate(value);

    /// <summary>Formats a <c>localDate</c> as <c>yyyy-MM-dd</c>.</summary>
    public static string FormatLocalDate(DateOnly value) =>
        value.ToString(LocalDateFormat, CultureInfo.InvariantCulture);

    /// <summary>Formats a <c>localDateTime</c> as <c>yyyy-MM-ddTHH:mm:ss.fff</c>, without offset.</summary>
    public static string FormatLocalDateTime(DateTime value) =>
        value.ToString(LocalDateTimeFormat, CultureInfo.InvariantCulture);

    internal static DateTimeOffset ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };

    /// <summary>One hand-written ISO-8601 grammar for all four forms, so reads stay allocation-free.</summary>
    private static class DateTimeParser
    {
        internal enum Mode
        {
            Date,
            Instant,
            LocalDate,
            LocalDateTime,
        }

        public static bool TryParse(ReadOnlySpan<byte> utf8, Mode mode, out DateTimeOffset value)
        {
            if (utf8.Length > MaxLength)
            {
                value = default;
                return false;
            }

            // The grammar is ASCII: widening each byte keeps ASCII and turns every other byte into a character the
            // grammar rejects.
            Span<char> chars = stackalloc char[utf8.Length];
            for (var i = 0; i < utf8.Length; i++)
            {
                chars[i] = (char)utf8[i];
            }

            return TryParse(chars, mode, out value);
        }

        public static bool TryParse(ReadOnlySpan<char> s, Mode mode, out DateTimeOffset value)
        {
            value = default;
            if (s.Length < 10 || s.Length > MaxLength
                || !TryDigits(s[..4], out var year) || s[4] != '-'
                || !TryDigits(s.Slice(5, 2), out var month) || s[7] != '-'
                || !TryDigits(s.Slice(8, 2), out var day)
                || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            var rest = s[10..];
            if (rest.IsEmpty)
            {
                if (mode is Mode.Date or Mode.LocalDate)
                {
                    value = new DateTimeOffset(date, TimeSpan.Zero);
                    return true;
                }

                return false;
            }

            if (mode == Mode.LocalDate || (rest[0] != 'T' && rest[0] != 't'))
            {
                return false;
            }

            if (!TryTime(ref rest, out var timeOfDay))
            {
                return false;
            }

            var local = date.Add(timeOfDay);
            if (rest.IsEmpty)
            {
                if (mode == Mode.Instant)
                {
                    return false;
                }

                value = new DateTimeOffset(local, TimeSpan.Zero);
                return true;
            }

            if (mode == Mode.LocalDateTime || !TryOffset(rest, out var offset))
            {
                return false;
            }

            var utcTicks = local.Ticks - offset.Ticks;
            if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            {
                return false;
            }

            value = offset.Duration() <= TimeSpan.FromHours(14)
                ? new DateTimeOffset(local, offset)
                : new DateTimeOffset(utcTicks, TimeSpan.Zero);
            return true;
        }

        /// <summary>Reads <c>THH:mm[:ss[.f{1,9}]]</c>.</summary>
        private static bool TryTime(ref ReadOnlySpan<char> s, out TimeSpan timeOfDay)
        {
            timeOfDay = default;
            if (s.Length < 6 || !TryDigits(s.Slice(1, 2), out var hour) || s[3] != ':'
                || !TryDigits(s.Slice(4, 2), out var minute) || hour > 23 || minute > 59)
            {
                return false;
            }

            s = s[6..];
            var second = 0;
            long fractionTicks = 0;
            if (!s.IsEmpty && s[0] == ':')
            {
                if (s.Length < 3 || !TryDigits(s.Slice(1, 2), out second) || second > 59)
                {
                    return false;
                }

                s = s[3..];
                if (!s.IsEmpty && (s[0] == '.' || s[0] == ','))
                {
                    var digits = 0;
                    long scale = TimeSpan.TicksPerSecond;
                    while (digits < s.Length - 1 && char.IsAsciiDigit(s[digits + 1]))
                    {
                        digits++;
                        scale /= 10;
                        fractionTicks += (s[digits] - '0') * scale;
                    }

                    if (digits is 0 or > 9)
                    {
                        return false;
                    }

                    s = s[(digits + 1)..];
                }
            }

            timeOfDay = new TimeSpan(0, hour, minute, second) + TimeSpan.FromTicks(fractionTicks);
            return true;
        }

        /// <summary>Reads <c>Z</c>, <c>±HH:mm</c>, <c>±HHmm</c> or <c>±HH</c>, up to ±18:00 as Java allows.</summary>
        private static bool TryOffset(ReadOnlySpan<char> s, out TimeSpan offset)
        {
            offset = default;
            if (s is ['Z'] or ['z'])
            {
                return true;
            }

            if (s.Length < 3 || (s[0] != '+' && s[0] != '-') || !TryDigits(s.Slice(1, 2), out var hours))
            {
                return false;
            }

            var minutes = 0;
            var tail = s[3..];
            if (tail.Length == 3 && tail[0] == ':')
            {
                tail = tail[1..];
            }

            if (!tail.IsEmpty && (tail.Length != 2 || !TryDigits(tail, out minutes)))
            {
                return false;
            }

            if (minutes > 59 || hours * 60 + minutes > 18 * 60)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0);
            if (s[0] == '-')
            {
                offset = -offset;
            }

            return true;
        }

        private static bool TryDigits(ReadOnlySpan<char> s, out int value)
        {
            value = 0;
            foreach (var c in s)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            return true;
        }
    }
}
