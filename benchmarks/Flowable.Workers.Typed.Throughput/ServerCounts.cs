using System.Globalization;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>What the emulator host saw of a run (its answer <c>done COMPLETED DISTINCT OUTCOMES ACQUIRES REQUESTS FAULTS</c>).</summary>
internal readonly record struct ServerCounts(int Completed, int Distinct, int Outcomes, int Acquires, int Requests, int Faults)
{
    public static ServerCounts Parse(string answer)
    {
        var words = answer.Split(' ');
        if (words.Length != 7 || words[0] != "done")
        {
            throw new InvalidOperationException($"The emulator host answered: {answer}");
        }

        int At(int i) => int.Parse(words[i], NumberStyles.None, CultureInfo.InvariantCulture);
        return new ServerCounts(At(1), At(2), At(3), At(4), At(5), At(6));
    }

    /// <summary>A run only counts when every job was completed exactly once, carrying the worker's <c>total</c>.</summary>
    public void RequireEveryJobCompletedOnce(int jobs, string runName)
    {
        if (Completed != jobs || Distinct != jobs || Outcomes != jobs)
        {
            throw new InvalidOperationException(
                $"The {runName} run left {jobs - Completed} of {jobs} jobs without a completion carrying 'total' ({Outcomes} outcomes, {Distinct} distinct jobs).");
        }
    }
}
