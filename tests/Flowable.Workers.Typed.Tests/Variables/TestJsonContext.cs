using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Tests.Variables;

public sealed record Line(string Sku, int Quantity);

public sealed record Order(string Id, IReadOnlyList<Line> Lines);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(List<int>))]
[JsonSerializable(typeof(Dictionary<string, int>))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
