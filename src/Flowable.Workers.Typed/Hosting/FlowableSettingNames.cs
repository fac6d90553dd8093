using Flowable.Workers.Typed.Shared;
using Microsoft.Extensions.Configuration;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// Every key the <c>Flowable</c> section may hold, from the one list of worker options, and the check that stops
/// start-up on any other: a mistyped key (<c>Flowable:PolInterval</c>) would otherwise be ignored without a word and
/// the worker would run with a value nobody chose.
/// </summary>
internal static class FlowableSettingNames
{
    private static readonly string[] Connection =
        ["Url", "WorkerId", "RequestTimeout", "ShutdownGracePeriod", "UnhealthyAfterPollFailures", "Auth", "Workers"];

    private static readonly string[] Auth = ["Basic", "Token", "CloudToken"];

    private static readonly string[] Basic = ["User", "Password"];

    private static readonly string[] WorkerSettings = WorkerOptions.All.Select(option => option.Name).ToArray();

    private static readonly string[] Global = [.. Connection, .. WorkerSettings];

    /// <summary>Records an error for every key of <paramref name="flowable"/> (the <c>Flowable</c> section) that is not a setting.</summary>
    public static void CheckKeys(IConfiguration flowable, List<string> errors)
    {
        var root = flowable is IConfigurationSection section ? section.Path : FlowableWorkersOptions.SectionName;
        CheckKeys(flowable, root, Global, errors);
        var auth = flowable.GetSection("Auth");
        CheckKeys(auth, $"{root}:{auth.Key}", Auth, errors);
        var basic = auth.GetSection("Basic");
        CheckKeys(basic, $"{root}:{auth.Key}:{basic.Key}", Basic, errors);
        foreach (var worker in flowable.GetSection("Workers").GetChildren())
        {
            CheckKeys(worker, worker.Path, WorkerSettings, errors);
        }
    }

    private static void CheckKeys(IConfiguration section, string path, string[] known, List<string> errors)
    {
        foreach (var child in section.GetChildren())
        {
            if (!known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(Suggestion(child.Key, known) is { } suggestion
                    ? $"unknown setting '{path}:{child.Key}'; did you mean '{path}:{suggestion}'?"
                    : $"unknown setting '{path}:{child.Key}'; the settings here are {string.Join(", ", known)}.");
            }
        }
    }

    /// <summary>The known name closest to <paramref name="key"/>, when it is close enough to be a typo of it.</summary>
    private static string? Suggestion(string key, string[] known)
    {
        var best = known
            .Select(name => (Name: name, Distance: Distance(key.ToUpperInvariant(), name.ToUpperInvariant())))
            .MinBy(candidate => candidate.Distance);
        return best.Distance <= Math.Max(2, best.Name.Length / 4) ? best.Name : null;
    }

    /// <summary>The edit distance (insertions, deletions, substitutions, swaps of neighbours) between two names.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
