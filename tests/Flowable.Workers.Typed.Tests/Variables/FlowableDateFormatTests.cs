using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Variables;

public class FlowableDateFormatTests
{
    private static readonly DateTimeOffset Base = new(2020, 5, 4, 10, 25, 45, TimeSpan.Zero);

    public static TheoryData<string, long> FractionForms => new()
    {
        { "2020-05-04T10:25:45Z", 0 },
        { "2020-05-04T10:25:45.5Z", 5_000_000 },
        { "2020-05-04T10:25:45.58Z", 5_800_000 },
        { "2020-05-04T10:25:45.583Z", 5_830_000 },
        { "2020-05-04T10:25:45.5830Z", 5_830_000 },
        { "2020-05-04T10:25:45.58312Z", 5_831_200 },
        { "2020-05-04T10:25:45.583123Z", 5_831_230 },
        { "2020-05-04T10:25:45.5831234Z", 5_831_234 },
        { "2020-05-04T10:25:45.58312345Z", 5_831_234 },
        { "2020-05-04T10:25:45.583123456Z", 5_831_234 },
        { "2020-05-04T10:25:45,5Z", 5_000_000 },
    };

    [Theory]
    [MemberData(nameof(FractionForms))]
    public void Dates_and_instants_read_zero_to_nine_fraction_digits(string text, long fractionTicks)
    {
        Assert.True(FlowableDateFormat.TryParseDate(text, out var date));
        Assert.True(FlowableDateFormat.TryParseInstant(text, out var instant));

        Assert.Equal(Base.AddTicks(fractionTicks), date);
        Assert.Equal(date, instant);
    }

    [Theory]
    [InlineData("2020-05-04T12:25:45+02:00", 120)]
    [InlineData("2020-05-04T12:25:45+0200", 120)]
    [InlineData("2020-05-04T12:25:45+02", 120)]
    [InlineData("2020-05-04T05:55:45-04:30", -270)]
    [InlineData("2020-05-04T10:25:45z", 0)]
    public void Offsets_are_kept(string text, int offsetMinutes)
    {
        Assert.True(FlowableDateFormat.TryParseDate(text, out var value));

        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
        Assert.Equal(Base, value);
    }

    [Fact]
    public void An_offset_beyond_what_dotnet_holds_is_normalised_to_utc()
    {
        Assert.True(FlowableDateFormat.TryParseInstant("2020-05-05T02:25:45+16:00", out var value));

        Assert.Equal(TimeSpan.Zero, value.Offset);
        Assert.Equal(Base, value);
    }

    [Fact]
    public void A_date_without_offset_is_utc_and_a_date_alone_is_midnight_utc()
    {
        Assert.True(FlowableDateFormat.TryParseDate("2020-05-04T10:25:45", out var noOffset));
        Assert.Equal(Base, noOffset);
        Assert.Equal(TimeSpan.Zero, noOffset.Offset);

        Assert.True(FlowableDateFormat.TryParseDate("2020-05-04T10:25", out var noSeconds));
        Assert.Equal(Base.AddSeconds(-45), noSeconds);

        Assert.True(FlowableDateFormat.TryParseDate("2020-05-04", out var dateOnly));
        Assert.Equal(new DateTimeOffset(2020, 5, 4, 0, 0, 0, TimeSpan.Zero), dateOnly);
    }

    [Theory]
    [InlineData("2020-05-04T10:25:45")]
    [InlineData("2020-05-04")]
    public void An_instant_needs_a_zone(string text) =>
        Assert.False(FlowableDateFormat.TryParseInstant(text, out _));

    [Theory]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("2020-5-4T10:25:45Z")]
    [InlineData("2020-13-04T10:25:45Z")]
    [InlineData("2021-02-29T10:25:45Z")]
    [InlineData("2020-05-04T24:00:00Z")]
    [InlineData("2020-05-04T10:60:00Z")]
    [InlineData("2020-05-04T10:25:60Z")]
    [InlineData("2020-05-04T10:25:45.Z")]
    [InlineData("2020-05-04T10:25:45.1234567890Z")]
    [InlineData("2020-05-04T10:25:45+19:00")]
    [InlineData("2020-05-04T10:25:45+02:0")]
    [InlineData("2020-05-04T10:25:45 UTC")]
    [InlineData("2020-05-04 10:25:45Z")]
    [InlineData("2020-05-04T10Z")]
    [InlineData("2020-05-04T10:25:45Z ")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("２０２０-05-04T10:25:45Z")]
    public void Malformed_dates_are_rejected(string text)
    {
        Assert.False(FlowableDateFormat.TryParseDate(text, out _));
        Assert.False(FlowableDateFormat.TryParseInstant(text, out _));
    }

    [Theory]
    [InlineData("2020-05-04T10:25:45Z")]
    [InlineData("2020-05-04 ")]
    [InlineData("2020-05-4")]
    public void A_local_date_is_a_date_alone(string text) =>
        Assert.False(FlowableDateFormat.TryParseLocalDate(text, out _));

    [Theory]
    [InlineData("2020-04-20T12:53", 0, 0)]
    [InlineData("2020-04-20T12:53:10", 10, 0)]
    [InlineData("2020-04-20T12:53:10.5", 10, 5_000_000)]
    [InlineData("2020-04-20T12:53:10.123456789", 10, 1_234_567)]
    public void Local_date_times_read_with_and_without_seconds(string text, int seconds, long fractionTicks)
    {
        Assert.True(FlowableDateFormat.TryParseLocalDateTime(text, out var value));

        Assert.Equal(new DateTime(2020, 4, 20, 12, 53, seconds).AddTicks(fractionTicks), value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Theory]
    [InlineData("2020-04-20T12:53Z")]
    [InlineData("2020-04-20T12:53:10+02:00")]
    [InlineData("2020-04-20")]
    public void A_local_date_time_has_no_offset(string text) =>
        Assert.False(FlowableDateFormat.TryParseLocalDateTime(text, out _));

    [Fact]
    public void Dates_are_written_in_utc_with_exactly_three_fraction_digits()
    {
        Assert.Equal("2020-05-04T10:25:45.000Z", FlowableDateFormat.FormatDate(Base));
        Assert.Equal("2020-05-04T10:25:45.583Z", FlowableDateFormat.FormatDate(Base.AddTicks(5_839_999)));
        Assert.Equal("2020-05-04T08:25:45.000Z", FlowableDateFormat.FormatDate(new DateTimeOffset(2020, 5, 4, 10, 25, 45, TimeSpan.FromHours(2))));
        Assert.Equal("2020-05-04T10:25:45.000Z", FlowableDateFormat.FormatInstant(Base));
        Assert.Equal("2020-05-04T10:25:45.000Z", FlowableDateFormat.FormatDate(new DateTime(2020, 5, 4, 10, 25, 45, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void Local_forms_are_written_without_offset()
    {
        Assert.Equal("0042-01-02", FlowableDateFormat.FormatLocalDate(new DateOnly(42, 1, 2)));
        Assert.Equal("2020-04-20T12:53:00.000", FlowableDateFormat.FormatLocalDateTime(new DateTime(2020, 4, 20, 12, 53, 0, DateTimeKind.Utc)));
    }
}
