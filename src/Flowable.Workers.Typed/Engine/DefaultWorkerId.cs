using System.Net;
using System.Net.Sockets;

namespace Flowable.Workers.Typed.Engine;

/// <summary>The worker id the official clients use when none is given: <c>&lt;hostname&gt;-&lt;pid&gt;</c>.</summary>
internal static class DefaultWorkerId
{
    public static string Value { get; } = $"{HostName()}-{Environment.ProcessId}";

    private static string HostName()
    {
        try
        {
            return Dns.GetHostName();
        }
        catch (SocketException)
        {
            return Environment.MachineName;
        }
    }
}
