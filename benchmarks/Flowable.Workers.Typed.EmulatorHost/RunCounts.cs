using System.Globalization;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.EmulatorHost;

/// <summary>
/// What the server saw of a run, as one line <c>done COMPLETED DISTINCT OUTCOMES ACQUIRES REQUESTS FAULTS</c>:
/// jobs completed carrying the worker's <c>total</c>, distinct jobs with an outcome, all outcomes, acquire requests,
/// all requests, and requests answered with an injected 500.
/// </summary>
internal readonly record struct RunCounts(int Completed, int Distinct, int Outcomes, int Acquires, int Requests, int Faults)
{
    public static RunCounts Of(FlowableEmulator emulator)
    {
        var outcomes = emulator.Outcomes;
        var requests = emulator.Requests;
        return new RunCounts(
            outcomes.Count(o => o.Kind == EmulatorOutcomeKind.Completed && o.Variables.Any(v => v.Name == "total")),
            outcomes.Select(o => o.JobId).Distinct().Count(),
            outcomes.Count,
            requests.Count(r => r.PathAndQuery.EndsWith("/external-job-api/acquire/jobs", StringComparison.Ordinal)),
            requests.Count,
            requests.Count(r => r.StatusCode == 500));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"done {Completed} {Distinct} {Outcomes} {Acquires} {Requests} {Faults}");
}
