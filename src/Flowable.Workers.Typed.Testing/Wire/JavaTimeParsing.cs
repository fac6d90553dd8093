using System.Globalization;
using System.Text.RegularExpressions;

namespace Flowable.Workers.Typed.Testing.Wire;

/// <summary>The input forms Flowable 8 accepts for date-like variables (§5.2 and §5.3 of the contract).</summary>
internal static partial class JavaTimeParsing
{
    /// <summary>
    /// <c>RequestUtil.parseLongDate</c> (the <c>date</c> type on 8.x): <c>yyyy-MM-dd['T'HH:mm[:ss[.SSS]][offset]]</c>;
    /// the fraction must have exactly three digits and a missing offset means UTC.
    /// </summary>
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?(Z|[+-]\d{2}:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FlowableDatePattern();

    /// <summary><c>Instant.parse</c>: seconds required, 0–9 fraction digits, <c>Z</c> or an offset required.</summary>
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}(?::\d{2}(?::\d{2})?)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();

    /// <summary><c>LocalDate.parse</c>.</summary>
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalDatePattern();

    /// <summary><c>LocalDateTime.parse</c>: seconds optional, 0–9 fraction digits, no zone.</summary>
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalDateTimePattern();

    public static bool IsFlowableDate(string text) => IsValid(FlowableDatePattern().Match(text));

    public static bool IsInstant(string text) => IsValid(InstantPattern().Match(text));

    public static bool IsLocalDate(string text) => IsValid(LocalDatePattern().Match(text));

    public static bool IsLocalDateTime(string text) => IsValid(LocalDateTimePattern().Match(text));

    private static bool IsValid(Match match)
    {
        if (!match.Success)
        {
            return false;
        }

        var year = Number(match.Groups[1]);
        var month = Number(match.Groups[2]);
        var day = Number(match.Groups[3]);
        var hasTime = match.Groups.Count > 4 && match.Groups[4].Success;
        var validDate = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        if (!validDate || !hasTime)
        {
            return validDate;
        }

        return Number(match.Groups[4]) <= 23 && Number(match.Groups[5]) <= 59 && (!match.Groups[6].Success || Number(match.Groups[6]) <= 59);
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
