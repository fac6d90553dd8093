using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

/// <summary>One required parameter per row of the binding table; records what it was given.</summary>
[ExternalWorker("everyRow")]
public sealed partial class EveryRowWorker
{
    public IReadOnlyList<object?>? Received { get; private set; }

    public void Handle(
        string text,
        int count,
        long total,
        short small,
        double ratio,
        float weight,
        decimal price,
        BigInteger huge,
        bool flag,
        DateTimeOffset at,
        DateTime when,
        DateOnly day,
        JsonElement raw,
        JsonNode node,
        Priority priority,
        Guid id,
        Address address,
        int[] numbers,
        List<Address> addresses,
        Dictionary<string, int> scores,
        IReadOnlyList<string?> tags)
    {
        Received =
        [
            text, count, total, small, ratio, weight, price, huge, flag, at, when, day, raw.GetRawText(),
            node.ToJsonString(), priority, id, address, numbers, addresses, scores, tags,
        ];
    }
}
