using System.Globalization;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.EmulatorHost;

/// <summary>
/// The emulator served from its own process for the throughput benchmark, so that the measured process is the client
/// alone. Driven by one command per line on standard input, one answer line each on standard output:
/// <list type="bullet">
/// <item><c>start JOBS FAILRATE</c> → <c>ready BASEURL</c>: a fresh emulator on loopback with JOBS jobs of three
/// variables on topic <c>bench</c>, answering FAILRATE (0 to 1) of all requests with a 500 instead of serving them.</item>
/// <item><c>wait COUNT TIMEOUTMS</c> → <c>done …</c> (see <see cref="RunCounts"/>) once COUNT jobs have an outcome, or
/// <c>timeout …</c>.</item>
/// <item><c>counts</c> → <c>done …</c> at once.</item>
/// <item><c>stop</c> → <c>stopped</c>; <c>quit</c> (or the end of input) ends the process.</item>
/// </list>
/// Anything else is answered with <c>error MESSAGE</c>.
/// </summary>
internal static class HostSession
{
    public const string Topic = "bench";

    public static async Task<int> RunAsync(TextReader input, TextWriter output)
    {
        FlowableEmulator? emulator = null;
        try
        {
            while (await input.ReadLineAsync() is { } line)
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words is ["quit"])
                {
                    break;
                }

                string answer;
                try
                {
                    (emulator, answer) = await ExecuteAsync(emulator, words);
                }
                catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
                {
                    answer = "error " + exception.Message.ReplaceLineEndings(" ");
                }

                await output.WriteLineAsync(answer);
                await output.FlushAsync();
            }
        }
        finally
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync();
            }
        }

        return 0;
    }

    private static async Task<(FlowableEmulator? Emulator, string Answer)> ExecuteAsync(FlowableEmulator? emulator, string[] words)
    {
        switch (words)
        {
            case ["start", var jobs, var failRate]:
                if (emulator is not null)
                {
                    await emulator.DisposeAsync();
                }

                emulator = await FlowableEmulator.StartNewAsync();
                CreateJobs(emulator, Number(jobs));
                emulator.Faults.FailRequests(double.Parse(failRate, NumberStyles.Float, CultureInfo.InvariantCulture), statusCode: 500, seed: 12);
                return (emulator, "ready " + emulator.BaseUrl);
            case ["wait", var count, var timeoutMs]:
                var running = Require(emulator);
                try
                {
                    await running.WaitForOutcomesAsync(Number(count), TimeSpan.FromMilliseconds(Number(timeoutMs)));
                }
                catch (TimeoutException exception)
                {
                    return (emulator, "timeout " + exception.Message.ReplaceLineEndings(" "));
                }

                return (emulator, RunCounts.Of(running).ToString());
            case ["counts"]:
                return (emulator, RunCounts.Of(Require(emulator)).ToString());
            case ["stop"]:
                if (emulator is not null)
                {
                    await emulator.DisposeAsync();
                }

                return (null, "stopped");
            default:
                throw new FormatException($"unknown command '{string.Join(' ', words)}'");
        }
    }

    /// <summary>Three variables a typed worker binds: a string, an integer and a decimal.</summary>
    private static void CreateJobs(FlowableEmulator emulator, int count)
    {
        for (var i = 0; i < count; i++)
        {
            emulator.CreateBpmnJob(
                Topic,
                EmulatorVariable.String("sku", $"SKU-{i % 100}"),
                EmulatorVariable.Integer("quantity", (i % 7) + 1),
                EmulatorVariable.BigDecimal("price", 9.99m));
        }
    }

    private static FlowableEmulator Require(FlowableEmulator? emulator) =>
        emulator ?? throw new InvalidOperationException("no emulator is running; send 'start JOBS FAILRATE' first");

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a whole number");
}
