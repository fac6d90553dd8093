using System.Diagnostics;
using System.Globalization;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>
/// The emulator in its own process (<c>Flowable.Workers.Typed.EmulatorHost</c>, next to this assembly), so that what
/// this process spends is the client's cost alone. Commands go over its standard input, one line each; see the host's
/// <c>HostSession</c> for the protocol.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private const string HostAssembly = "Flowable.Workers.Typed.EmulatorHost.dll";

    private readonly Process _process;

    private EmulatorProcess(Process process) => _process = process;

    public static EmulatorProcess Start()
    {
        var hostPath = Path.Combine(AppContext.BaseDirectory, HostAssembly);
        if (!File.Exists(hostPath))
        {
            throw new FileNotFoundException($"The emulator host {hostPath} is missing; build benchmarks/Flowable.Workers.Typed.Throughput.", hostPath);
        }

        var start = new ProcessStartInfo(DotnetHost(), [hostPath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        return new EmulatorProcess(Process.Start(start) ?? throw new InvalidOperationException("The emulator host did not start."));
    }

    /// <summary>A fresh emulator with <paramref name="jobs"/> jobs, failing <paramref name="failRate"/> of requests with a 500.</summary>
    /// <returns>Flowable's root URL to give a client.</returns>
    public async Task<Uri> StartRunAsync(int jobs, double failRate)
    {
        var answer = await AskAsync(string.Create(CultureInfo.InvariantCulture, $"start {jobs} {failRate}"));
        return answer.StartsWith("ready ", StringComparison.Ordinal)
            ? new Uri(answer["ready ".Length..])
            : throw new InvalidOperationException($"The emulator host did not start a run: {answer}");
    }

    /// <summary>Returns once <paramref name="jobs"/> jobs have an outcome on the server, with what the server saw.</summary>
    public async Task<ServerCounts> WaitForOutcomesAsync(int jobs, TimeSpan timeout) =>
        ServerCounts.Parse(await AskAsync(string.Create(CultureInfo.InvariantCulture, $"wait {jobs} {(long)timeout.TotalMilliseconds}")));

    /// <summary>What the server saw so far.</summary>
    public async Task<ServerCounts> CountsAsync() => ServerCounts.Parse(await AskAsync("counts"));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception exception) when (exception is IOException or TimeoutException)
        {
            _process.Kill();
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task<string> AskAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        return await _process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException($"The emulator host exited (code {(_process.HasExited ? _process.ExitCode : -1)}) instead of answering '{command}'.");
    }

    /// <summary>The <c>dotnet</c> host that runs this process's framework-dependent assemblies.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
