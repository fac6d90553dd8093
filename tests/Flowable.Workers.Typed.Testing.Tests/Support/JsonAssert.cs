using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Testing.Tests.Support;

public static class JsonAssert
{
    /// <summary>Structural equality: same properties (any order), same values, arrays in order.</summary>
    public static void Equal(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"JSON differs.{Environment.NewLine}Expected: {expected?.ToJsonString()}{Environment.NewLine}Actual:   {actual?.ToJsonString()}");
    }

    /// <summary>Every property of <paramref name="expectedSubsetJson"/> is present in <paramref name="actual"/> with an equal value.</summary>
    public static void Contains(string expectedSubsetJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedSubsetJson)!.AsObject();
        var actualObject = Assert.IsType<JsonObject>(actual);
        foreach (var (name, value) in expected)
        {
            Assert.True(actualObject.ContainsKey(name), $"Missing property '{name}' in {actual.ToJsonString()}");
            Assert.True(
                JsonNode.DeepEquals(value, actualObject[name]),
                $"Property '{name}': expected {value?.ToJsonString() ?? "null"} but was {actualObject[name]?.ToJsonString() ?? "null"}");
        }
    }
}
