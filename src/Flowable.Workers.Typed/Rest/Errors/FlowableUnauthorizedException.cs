namespace Flowable.Workers.Typed;

/// <summary>401 Unauthorized: the credentials are missing or wrong. Flowable sends an empty body.</summary>
public sealed class FlowableUnauthorizedException : FlowableApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">What Flowable answered and to which request.</param>
    /// <param name="authenticateChallenge">The <c>WWW-Authenticate</c> challenge of the response, if any.</param>
    /// <param name="innerException">The cause, when the response itself could not be read.</param>
    public FlowableUnauthorizedException(FlowableApiError error, string? authenticateChallenge = null, Exception? innerException = null)
        : base(error, innerException)
    {
        AuthenticateChallenge = authenticateChallenge;
    }

    /// <summary>The server's <c>WWW-Authenticate</c> challenge (<c>Basic realm="Realm"</c>): which scheme it expects.</summary>
    public string? AuthenticateChallenge { get; }
}
