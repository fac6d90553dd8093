using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Flowable.Workers.Typed.EndToEnd.Tests.Workers;

/// <summary>
/// Reads one parameter per row of the binding table (plus optional, renamed and special ones) and writes each value
/// back as an output variable, so one round trip over HTTP shows both directions of every row.
/// </summary>
[ExternalWorker("echo")]
public sealed partial class EchoWorker
{
    public Echo Handle(
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
        Tier tier,
        Guid id,
        Address address,
        int[] numbers,
        List<Address> addresses,
        Dictionary<string, int> scores,
        [Variable("customer_name")] string customerName,
        ExternalWorkerJob job,
        CancellationToken cancellationToken,
        string? note,
        int? missingCount,
        int attempt = 1,
        Tier fallbackTier = Tier.Gold)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new Echo(
            text, count, total, small, ratio, weight, price, huge, flag, at, when, day, raw, node, tier, id, address,
            numbers, addresses, scores, customerName, job.Id, note, missingCount, attempt, fallbackTier);
    }
}

/// <summary>Everything <see cref="EchoWorker"/> received, each property written as a variable of its own type.</summary>
public sealed record Echo(
    string Text,
    int Count,
    long Total,
    short Small,
    double Ratio,
    float Weight,
    decimal Price,
    BigInteger Huge,
    bool Flag,
    DateTimeOffset At,
    DateTime When,
    DateOnly Day,
    JsonElement Raw,
    JsonNode Node,
    Tier Tier,
    Guid Id,
    Address Address,
    int[] Numbers,
    List<Address> Addresses,
    Dictionary<string, int> Scores,
    [property: Variable("echoed_name")] string CustomerName,
    string JobId,
    string? Note,
    int? MissingCount,
    int Attempt,
    Tier FallbackTier);
