// The sample workers are not documented; CS1591 stays on for the generated files.
#pragma warning disable CS1591

using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed;

namespace Samples.Bindings;

public enum Priority
{
    Low,
    High,
}

public sealed class Address
{
    public string Street { get; set; } = "";
}

[ExternalWorker("everyRow", PollInterval = "PT0.5S", NumberOfRetries = 1, ScopeType = ScopeType.Cmmn)]
internal sealed partial class EveryBindingRow
{
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
    }
}
