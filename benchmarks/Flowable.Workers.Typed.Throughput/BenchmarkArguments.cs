using System.Globalization;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>The command line: <c>[--check] [--jobs N] [--repeat N] [--idle-seconds N]</c>.</summary>
internal sealed record BenchmarkArguments(bool Check, int Jobs, int Repeat, int IdleSeconds)
{
    public const string Usage = "usage: Flowable.Workers.Typed.Throughput [--check] [--jobs N] [--repeat N] [--idle-seconds N]";

    /// <summary>Parses the arguments; null (with <paramref name="error"/> set) when they are not understood.</summary>
    public static BenchmarkArguments? Parse(string[] args, out string? error)
    {
        var check = args.Contains("--check");
        var parsed = check ? new BenchmarkArguments(true, 30, 1, 2) : new BenchmarkArguments(false, 1000, 5, 60);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--check")
            {
                continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"'{args[i]}' needs a positive whole number after it, or is not an option.";
                return null;
            }

            switch (args[i++])
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
                    error = $"Unknown option '{args[i - 1]}'.";
                    return null;
            }
        }

        error = null;
        return parsed;
    }
}
