using System.Globalization;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>
/// The command line: <c>[--check] [--jobs N] [--repeat N] [--idle-seconds N] [--fail-rate P] [--row T/C] [--only sdk|raw]</c>.
/// <c>--row</c> and <c>--only</c> narrow a run down for profiling one side.
/// </summary>
internal sealed record BenchmarkArguments(bool Check, int Jobs, int Repeat, int IdleSeconds, double FailRate)
{
    public const string Usage =
        "usage: Flowable.Workers.Typed.Throughput [--check] [--jobs N] [--repeat N] [--idle-seconds N] [--fail-rate P (0 to 0.5)] [--row NumberOfTasks/MaxConcurrency] [--only sdk|raw]";

    /// <summary>The rows to measure: the whole grid unless <c>--row</c> picked one.</summary>
    public IReadOnlyList<Row> Rows { get; init; } = Row.Grid;

    /// <summary>Whether the SDK runs are measured (not with <c>--only raw</c>).</summary>
    public bool Sdk { get; init; } = true;

    /// <summary>Whether the raw loop runs are measured (not with <c>--only sdk</c>).</summary>
    public bool Raw { get; init; } = true;

    /// <summary>Parses the arguments; null (with <paramref name="error"/> set) when they are not understood.</summary>
    public static BenchmarkArguments? Parse(string[] args, out string? error)
    {
        var check = args.Contains("--check");
        var parsed = check ? new BenchmarkArguments(true, 40, 1, 2, 0) : new BenchmarkArguments(false, 3000, 5, 60, 0);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--check")
            {
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = $"'{args[i]}' needs a value after it, or is not an option.";
                return null;
            }

            var option = args[i++];
            if (option == "--row")
            {
                var row = Row.Grid.FirstOrDefault(r => $"{r.NumberOfTasks}/{r.MaxConcurrency}" == args[i]);
                if (row == default)
                {
                    error = $"'--row' needs one of {string.Join(", ", Row.Grid.Select(r => $"{r.NumberOfTasks}/{r.MaxConcurrency}"))}, not '{args[i]}'.";
                    return null;
                }

                parsed = parsed with { Rows = [row] };
                continue;
            }

            if (option == "--only")
            {
                if (args[i] is not ("sdk" or "raw"))
                {
                    error = $"'--only' needs 'sdk' or 'raw', not '{args[i]}'.";
                    return null;
                }

                parsed = parsed with { Sdk = args[i] == "sdk", Raw = args[i] == "raw" };
                continue;
            }

            if (option == "--fail-rate")
            {
                if (!double.TryParse(args[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate is < 0 or > 0.5)
                {
                    error = $"'--fail-rate' needs a fraction of requests from 0 to 0.5 (for example 0.02), not '{args[i]}'.";
                    return null;
                }

                parsed = parsed with { FailRate = rate };
                continue;
            }

            if (!int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"'{option}' needs a positive whole number after it, or is not an option.";
                return null;
            }

            switch (option)
            {
                case "--jobs":
                    parsed = parsed with { Jobs = value };
                    break;
                case "--repeat":
                    parsed = parsed with { Repeat = value };
                    break;
                case "--idle-seconds":
                    parsed = parsed with { IdleSeconds = value };
                    break;
                default:
                    error = $"Unknown option '{option}'.";
                    return null;
            }
        }

        error = null;
        return parsed;
    }
}
