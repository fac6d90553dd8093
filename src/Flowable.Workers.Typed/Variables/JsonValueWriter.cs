using System.Globalization;
using System.Numerics;

namespace Flowable.Workers.Typed.Variables;

/// <summary>
/// Writes one C# value as the JSON value of its Flowable type, formatting into stack buffers rather than strings:
/// shared by <see cref="VariableWriter"/> (one variable) and <see cref="VariableListWriter"/> (a handler's outputs).
/// </summary>
internal static class JsonValueWriter
{
    private const int ScratchLength = 64;
    private const int DateLength = 24;

    /// <summary><c>bigDecimal</c>: the invariant decimal text as a JSON string, scale kept.</summary>
    public static void WriteDecimal(System.Text.Json.Utf8JsonWriter writer, decimal value)
    {
        Span<byte> scratch = stackalloc byte[ScratchLength];
        value.TryFormat(scratch, out var written, default, CultureInfo.InvariantCulture);
        writer.WriteStringValue(scratch[..written]);
    }

    /// <summary><c>bigInteger</c>: the invariant integer text as a JSON string.</summary>
    public static void WriteBigInteger(System.Text.Json.Utf8JsonWriter writer, BigInteger value) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>date</c>: <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC.</summary>
    public static void WriteDate(System.Text.Json.Utf8JsonWriter writer, DateTimeOffset value)
    {
        // By hand: a custom format string is parsed on every call, which made this the slowest output to write.
        var utc = value.UtcDateTime;
        Span<byte> text = stackalloc byte[DateLength];
        WriteDigits(text[..4], utc.Year);
        text[4] = (byte)'-';
        WriteDigits(text.Slice(5, 2), utc.Month);
        text[7] = (byte)'-';
        WriteDigits(text.Slice(8, 2), utc.Day);
        text[10] = (byte)'T';
        WriteDigits(text.Slice(11, 2), utc.Hour);
        text[13] = (byte)':';
        WriteDigits(text.Slice(14, 2), utc.Minute);
        text[16] = (byte)':';
        WriteDigits(text.Slice(17, 2), utc.Second);
        text[19] = (byte)'.';
        WriteDigits(text.Slice(20, 3), utc.Millisecond);
        text[23] = (byte)'Z';
        writer.WriteStringValue(text);
    }

    /// <summary><c>localDate</c>: <c>yyyy-MM-dd</c>.</summary>
    public static void WriteLocalDate(System.Text.Json.Utf8JsonWriter writer, DateOnly value)
    {
        Span<byte> scratch = stackalloc byte[ScratchLength];
        value.TryFormat(scratch, out var written, FlowableDateFormat.LocalDateFormat, CultureInfo.InvariantCulture);
        writer.WriteStringValue(scratch[..written]);
    }

    /// <summary><c>localDateTime</c>: <c>yyyy-MM-ddTHH:mm:ss.fff</c>, the kind ignored.</summary>
    public static void WriteLocalDateTime(System.Text.Json.Utf8JsonWriter writer, DateTime value)
    {
        Span<byte> scratch = stackalloc byte[ScratchLength];
        value.TryFormat(scratch, out var written, FlowableDateFormat.LocalDateTimeFormat, CultureInfo.InvariantCulture);
        writer.WriteStringValue(scratch[..written]);
    }

    /// <summary>A GUID as <c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>.</summary>
    public static void WriteGuid(System.Text.Json.Utf8JsonWriter writer, Guid value)
    {
        Span<byte> scratch = stackalloc byte[ScratchLength];
        value.TryFormat(scratch, out var written, "D");
        writer.WriteStringValue(scratch[..written]);
    }

    /// <summary>Writes <paramref name="value"/> as exactly <c>digits.Length</c> decimal digits, zero-padded.</summary>
    private static void WriteDigits(Span<byte> digits, int value)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
