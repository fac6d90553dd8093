using System.Text.Json;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Variables;

/// <summary>Reads and writes variables through the runtime's own <see cref="RestVariable"/> converter.</summary>
internal static class Wire
{
    public static RestVariable Parse(string json) => JsonSerializer.Deserialize<RestVariable>(json);

    public static RestVariable Variable(string name, string? type, string valueJson) =>
        new(name, type, JsonElement.Parse(valueJson));

    public static string Write(RestVariable variable) => JsonSerializer.Serialize(variable);
}
