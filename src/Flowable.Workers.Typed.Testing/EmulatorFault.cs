namespace Flowable.Workers.Typed.Testing;

/// <summary>What a scripted fault does to the one request it is scripted for (see <see cref="EmulatorFaults.Script(EmulatorEndpoint, int, EmulatorFault)"/>).</summary>
public enum EmulatorFaultKind
{
    /// <summary>Answer with a status and an empty body, without serving the request.</summary>
    Status,

    /// <summary>Abort the connection without serving the request (nothing changes).</summary>
    Drop,

    /// <summary>Serve the request (the change is applied), then abort the connection instead of answering.</summary>
    DropAnswer,
}

/// <summary>A fault for one request: an error status, a dropped connection, or an applied request whose answer is lost.</summary>
/// <param name="Kind">What happens to the request.</param>
/// <param name="StatusCode">The status answered for <see cref="EmulatorFaultKind.Status"/>.</param>
/// <param name="Hold">How long the connection stays open before the fault takes effect (after the request was
/// applied, for <see cref="EmulatorFaultKind.DropAnswer"/>): time for other requests to overtake this one.</param>
public sealed record EmulatorFault(EmulatorFaultKind Kind, int StatusCode, TimeSpan Hold)
{
    /// <summary>Answers <paramref name="statusCode"/> with an empty body without serving the request.</summary>
    public static EmulatorFault Status(int statusCode, TimeSpan hold = default) => new(EmulatorFaultKind.Status, statusCode, hold);

    /// <summary>Aborts the connection without serving the request.</summary>
    public static EmulatorFault Drop(TimeSpan hold = default) => new(EmulatorFaultKind.Drop, 0, hold);

    /// <summary>Serves the request, then aborts the connection after <paramref name="hold"/> instead of answering.</summary>
    public static EmulatorFault DropAnswer(TimeSpan hold = default) => new(EmulatorFaultKind.DropAnswer, 0, hold);
}
