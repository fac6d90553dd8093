using System.Diagnostics.CodeAnalysis;
using Flowable.Workers.Typed;

namespace QuickStart;

/// <summary>The command line: no arguments for the emulator, or where a real Flowable is and how to sign in.</summary>
internal sealed record QuickStartArguments(string? FlowableUrl, FlowableAuthentication? Authentication, string Topic)
{
    public const string Usage =
        "Usage: QuickStart [--flowable-url <url> [--user <user> --password <password> | --token <token>]] [--topic <topic>]";

    public const string Help = Usage + """


        Without --flowable-url: starts an embedded Flowable emulator, creates a few jobs, processes them, prints each
        outcome and exits (0 when every job ended as expected). With it: works on that Flowable (Basic auth with
        --user/--password, or a Flowable Cloud personal access token with --token) on topic --topic (default
        approveOrder) until Ctrl+C.
        """;

    public static bool WantsHelp(string[] args) => args.Any(arg => arg is "--help" or "-h" or "-?");

    public static bool TryParse(string[] args, [NotNullWhen(true)] out QuickStartArguments? arguments, [NotNullWhen(false)] out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--flowable-url" or "--user" or "--password" or "--token" or "--topic") || i + 1 >= args.Length)
            {
                (arguments, error) = (null, $"Unexpected argument '{args[i]}'.");
                return false;
            }

            values[args[i]] = args[i + 1];
        }

        if (values.TryGetValue("--flowable-url", out var url)
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            (arguments, error) = (null, $"--flowable-url '{url}' is not an absolute http or https URL, for example http://localhost:8090/flowable-work.");
            return false;
        }

        values.TryGetValue("--user", out var user);
        values.TryGetValue("--password", out var password);
        values.TryGetValue("--token", out var token);
        if ((user is null) != (password is null) || (token is not null && user is not null))
        {
            (arguments, error) = (null, "Give --user with --password, or --token, not both.");
            return false;
        }

        FlowableAuthentication? authentication = token is not null ? new FlowableCloudToken(token)
            : user is not null ? new BasicAuthentication(user, password!)
            : null;
        arguments = new QuickStartArguments(
            values.GetValueOrDefault("--flowable-url"), authentication, values.GetValueOrDefault("--topic") ?? ApproveOrder.Topic);
        error = null;
        return true;
    }
}
