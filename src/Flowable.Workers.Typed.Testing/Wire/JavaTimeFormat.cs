using System.Globalization;
using System.Text;

namespace Flowable.Workers.Typed.Testing.Wire;

/// <summary>
/// The <c>toString()</c> forms of <c>java.time</c> values, which Flowable 8 writes for job dates and date variables:
/// the fraction is left out when zero and otherwise written in groups of 3, 6 or 9 digits.
/// </summary>
internal static class JavaTimeFormat
{
    /// <summary><c>Instant.toString()</c>: <c>2020-05-08T09:35:45.583Z</c>, or <c>2020-05-08T09:35:45Z</c> at a whole second.</summary>
    public static string Instant(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        var text = new StringBuilder(utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        AppendFraction(text, utc);
        return text.Append('Z').ToString();
    }

    /// <summary><c>LocalDateTime.toString()</c>: seconds are left out when they and the fraction are zero.</summary>
    public static string LocalDateTime(DateTime value)
    {
        var text = new StringBuilder(value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        if (value.Second != 0 || value.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            text.Append(':').Append(value.Second.ToString("00", CultureInfo.InvariantCulture));
            AppendFraction(text, value);
        }

        return text.ToString();
    }

    /// <summary><c>LocalDate.toString()</c>: <c>yyyy-MM-dd</c>.</summary>
    public static string LocalDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Truncates to whole milliseconds, the precision of the engine's clock and of <c>java.util.Date</c>.</summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static void AppendFraction(StringBuilder text, DateTime value)
    {
        var nanos = (value.Ticks % TimeSpan.TicksPerSecond) * 100;
        if (nanos == 0)
        {
            return;
        }

        text.Append('.');
        if (nanos % 1_000_000 == 0)
        {
            text.Append((nanos / 1_000_000).ToString("000", CultureInfo.InvariantCulture));
        }
        else if (nanos % 1_000 == 0)
        {
            text.Append((nanos / 1_000).ToString("000000", CultureInfo.InvariantCulture));
        }
        else
        {
            text.Append(nanos.ToString("000000000", CultureInfo.InvariantCulture));
        }
    }
}
