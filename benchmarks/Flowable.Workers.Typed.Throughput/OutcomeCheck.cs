using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>A run only counts when every job was completed exactly once with the expected variable.</summary>
internal static class OutcomeCheck
{
    public static void EveryJobCompletedOnce(FlowableEmulator emulator, int jobs, string runName)
    {
        var outcomes = emulator.Outcomes;
        var completed = outcomes.Count(o => o.Kind == EmulatorOutcomeKind.Completed && o.Variables.Any(v => v.Name == "total"));
        var distinct = outcomes.Select(o => o.JobId).Distinct().Count();
        if (completed != jobs || distinct != jobs)
        {
            throw new InvalidOperationException(
                $"The {runName} run left {jobs - completed} of {jobs} jobs without a completion carrying 'total' ({outcomes.Count} outcomes, {distinct} distinct jobs).");
        }
    }
}
