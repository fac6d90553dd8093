namespace HostedWorkers;

/// <summary>The sample's one option of its own: <c>--flowable-url &lt;url&gt;</c> runs against a real Flowable.</summary>
internal static class SampleArguments
{
    private const string FlowableUrl = "--flowable-url";

    /// <summary>The URL given with <c>--flowable-url</c>, or null to run on the embedded emulator.</summary>
    public static string? FlowableUrlOf(string[] args)
    {
        var index = Array.IndexOf(args, FlowableUrl);
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal)
            ? args[index + 1]
            : throw new ArgumentException($"{FlowableUrl} needs a URL, for example {FlowableUrl} http://localhost:8090/flowable-work");
    }

    /// <summary>The arguments without <c>--flowable-url &lt;url&gt;</c>, for the host's command-line configuration.</summary>
    public static string[] HostArguments(string[] args)
    {
        var index = Array.IndexOf(args, FlowableUrl);
        return index < 0 ? args : [.. args[..index], .. args[(index + 2)..]];
    }
}
