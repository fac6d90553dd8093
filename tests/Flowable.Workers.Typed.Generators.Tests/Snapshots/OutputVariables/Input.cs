// The sample workers are not documented; CS1591 stays on for the generated files.
#pragma warning disable CS1591

using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed;

namespace Samples.Outputs;

public enum Verdict
{
    Approved,
    Rejected,
}

public abstract class AuditedOutcome
{
    public string AuditedBy { get; init; } = "system";
}

public sealed class Outcome : AuditedOutcome
{
    public string? Comment { get; init; }

    [Variable("score_total")]
    public int Score { get; init; }

    public long? Sequence { get; init; }

    public short Level { get; init; }

    public double Ratio { get; init; }

    public float? Weight { get; init; }

    public decimal Amount { get; init; }

    public BigInteger Huge { get; init; }

    public bool Approved { get; init; }

    public DateTimeOffset DecidedAt { get; init; }

    public DateTime? DueAt { get; init; }

    public DateOnly Day { get; init; }

    public Guid CaseId { get; init; }

    public JsonNode? Extra { get; init; }

    public Verdict Verdict { get; init; }

    public Verdict? Appeal { get; init; }

    public List<string> Notes { get; init; } = [];

    public string URLValue { get; init; } = "";

    public int this[int index] => index;

    public static int Ignored => 0;

    internal int Hidden { get; init; }

    public int WriteOnly { set { } }
}

public readonly record struct Totals([property: Variable("sum")] int Sum, [Variable("avg")] double Average);

[ExternalWorker("decide")]
public partial class Decide
{
    public Outcome Handle(string caseId) => new() { Comment = caseId };
}

[ExternalWorker("total")]
public partial class Total
{
    public System.Threading.Tasks.Task<Totals> HandleAsync(int[] values) =>
        System.Threading.Tasks.Task.FromResult(new Totals(values.Length, 0));
}
