using Flowable.Workers.Typed.Generators.Parsing;
using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Generators.Tests;

/// <summary>The rules the generator applies at compile time: durations, camelCase names, the registry's namespace.</summary>
public sealed class CompileTimeRulesTests
{
    [Theory]
    [InlineData("PT2M", 120_000)]
    [InlineData("PT30S", 30_000)]
    [InlineData("PT0.5S", 500)]
    [InlineData("PT1H", 3_600_000)]
    [InlineData("P1D", 86_400_000)]
    [InlineData("P1DT2H30M", 95_400_000)]
    [InlineData("PT1M30.25S", 90_250)]
    public void Day_time_durations_are_parsed_with_the_runtimes_grammar(string text, long expectedMilliseconds)
    {
        Assert.True(Iso8601Duration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("P1W")]
    [InlineData("2 minutes")]
    [InlineData("PT99999999999999999999S")]
    public void Other_durations_are_rejected(string? text)
    {
        Assert.False(Iso8601Duration.TryParse(text, out _));
    }

    [Theory]
    [InlineData("ReceiptId", "receiptId")]
    [InlineData("Paid", "paid")]
    [InlineData("ID", "id")]
    [InlineData("URLValue", "urlValue")]
    [InlineData("IOStream", "ioStream")]
    [InlineData("already", "already")]
    [InlineData("X", "x")]
    public void Output_properties_are_named_in_camelCase_as_System_Text_Json_names_them(string property, string expected)
    {
        Assert.Equal(expected, Parser.CamelCase(property));
        Assert.Equal(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property), Parser.CamelCase(property));
    }

    [Theory]
    [InlineData("Shop.Workers", "Other", "Shop.Workers")]
    [InlineData(null, "Shop.Workers", "Shop.Workers")]
    [InlineData("", "Shop", "Shop")]
    [InlineData("My-App", "MyApp", "MyApp")]
    [InlineData("Shop.class", "Shop", "Shop")]
    [InlineData(null, "1st.Assembly", null)]
    [InlineData(null, null, null)]
    public void The_registry_lives_in_the_root_namespace_or_the_assembly_name(string? rootNamespace, string? assemblyName, string? expected)
    {
        Assert.Equal(expected, RootNamespace.Resolve(rootNamespace, assemblyName));
    }
}
