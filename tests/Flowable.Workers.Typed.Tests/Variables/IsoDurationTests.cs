using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Variables;

public class IsoDurationTests
{
    public static TheoryData<string, TimeSpan> Valid => new()
    {
        { "PT10M", TimeSpan.FromMinutes(10) },
        { "PT1H30M", new TimeSpan(1, 30, 0) },
        { "P1D", TimeSpan.FromDays(1) },
        { "PT0.5S", TimeSpan.FromMilliseconds(500) },
        { "PT10S", TimeSpan.FromSeconds(10) },
        { "P2DT3H4M5.006S", new TimeSpan(2, 3, 4, 5, 6) },
        { "PT36H", TimeSpan.FromHours(36) },
        { "PT0S", TimeSpan.Zero },
        { "pt1m", TimeSpan.FromMinutes(1) },
        { "PT1,5S", TimeSpan.FromMilliseconds(1500) },
        { "PT0.000000001S", TimeSpan.Zero },
        { "PT0.0000001S", TimeSpan.FromTicks(1) },
        { "-PT5M", TimeSpan.FromMinutes(-5) },
        { "+PT5M", TimeSpan.FromMinutes(5) },
        { "PT-6H3M", new TimeSpan(-6, 3, 0) },
        { "-PT-6H+3M", new TimeSpan(6, -3, 0) },
        { "PT-0.5S", TimeSpan.FromMilliseconds(-500) },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parses_java_duration_forms(string text, TimeSpan expected)
    {
        Assert.Equal(expected, IsoDuration.Parse(text));
        Assert.True(IsoDuration.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("P1W")]
    [InlineData("10m")]
    [InlineData("10")]
    [InlineData("PT10")]
    [InlineData("PT1M1H")]
    [InlineData("PT1H1H")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("PT1.5M")]
    [InlineData("PT.5S")]
    [InlineData("PT1.S")]
    [InlineData("PT0.1234567890S")]
    [InlineData("PT 1M")]
    [InlineData("PT1M ")]
    [InlineData("--PT1M")]
    [InlineData("P99999999DT")]
    [InlineData("P99999999D")]
    [InlineData("PT99999999999999999999S")]
    public void Rejects_what_java_rejects_or_a_time_span_cannot_hold(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => IsoDuration.Parse(text));
        Assert.Equal(
            $"'{text}' is not an ISO-8601 duration of days, hours, minutes and seconds, such as PT10M, PT1H30M, P1D or PT0.5S.",
            error.Message);
    }

    [Theory]
    [InlineData(0L, "PT0S")]
    [InlineData(6_000_000_000L, "PT10M")]
    [InlineData(54_000_000_000L, "PT1H30M")]
    [InlineData(864_000_000_000L, "P1D")]
    [InlineData(5_000_000L, "PT0.5S")]
    [InlineData(10_000L, "PT0.001S")]
    [InlineData(9_999L, "PT0.001S")]
    [InlineData(1L, "PT0.001S")]
    [InlineData(-1L, "-PT0.001S")]
    [InlineData(10_001L, "PT0.002S")]
    [InlineData(15_250_000L, "PT1.525S")]
    [InlineData(937_840_050_000L, "P1DT2H3M4.005S")]
    [InlineData(-3_000_000_000L, "-PT5M")]
    [InlineData(36_000_000_000L, "PT1H")]
    public void Formats_the_shortest_form_to_the_millisecond_rounding_a_part_of_one_away_from_zero(long ticks, string expected) =>
        Assert.Equal(expected, IsoDuration.Format(TimeSpan.FromTicks(ticks)));

    [Theory]
    [InlineData("PT1M")]
    [InlineData("P3DT0.25S")]
    [InlineData("-P1DT1H")]
    public void Formatted_durations_parse_back(string text) =>
        Assert.Equal(text, IsoDuration.Format(IsoDuration.Parse(text)));

    [Fact]
    public void The_extremes_format()
    {
        Assert.Equal(TimeSpan.MaxValue.Ticks / TimeSpan.TicksPerMillisecond, IsoDuration.Parse(IsoDuration.Format(TimeSpan.MaxValue)).Ticks / TimeSpan.TicksPerMillisecond);
        Assert.StartsWith("-P", IsoDuration.Format(TimeSpan.MinValue), StringComparison.Ordinal);
    }
}
