namespace HostedWorkers;

/// <summary>
/// The sample's options of its own: <c>--help</c>, and <c>--flowable-url &lt;url&gt;</c> to run against a real Flowable;
/// every other argument is the host's command-line configuration.
/// </summary>
internal static class SampleArguments
{
    private const string FlowableUrl = "--flowable-url";

    public const string Usage = """
        Usage: HostedWorkers [--flowable-url <url>] [--<configuration key>=<value> ...]

        Without --flowable-url: runs the workers on an embedded Flowable emulator with a few jobs, prints the outcomes and
        exits (0 when every job ended as expected). With it: runs them against that Flowable until Ctrl+C.
        Settings come from appsettings.json beside the program, the environment (Flowable__Auth__Basic__Password=...)
        and the command line (--Flowable:Workers:chargeCard:MaxConcurrency=4, --Telemetry:Console=true).
        """;

    public static bool WantsHelp(string[] args) => args.Any(arg => arg is "--help" or "-h" or "-?");

    /// <summary>
    /// The URL given with <c>--flowable-url</c> (null to run on the embedded emulator), or false with a one-line
    /// error when it is missing or not an absolute http(s) URL.
    /// </summary>
    public static bool TryGetFlowableUrl(string[] args, out string? url, out string? error)
    {
        (url, error) = (null, null);
        var index = Array.IndexOf(args, FlowableUrl);
        if (index < 0)
        {
            return true;
        }

        var value = index + 1 < args.Length ? args[index + 1] : null;
        if (value is null || value.StartsWith("--", StringComparison.Ordinal))
        {
            error = $"{FlowableUrl} needs a URL, for example {FlowableUrl} http://localhost:8090/flowable-work";
            return false;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            error = $"{FlowableUrl} '{value}' is not an absolute http or https URL, for example http://localhost:8090/flowable-work";
            return false;
        }

        url = value;
        return true;
    }

    /// <summary>The arguments without <c>--flowable-url &lt;url&gt;</c>, for the host's command-line configuration.</summary>
    public static string[] HostArguments(string[] args)
    {
        var index = Array.IndexOf(args, FlowableUrl);
        return index < 0 ? args : [.. args[..index], .. args[(index + 2)..]];
    }
}
