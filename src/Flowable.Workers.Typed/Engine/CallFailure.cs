using System.Net;

namespace Flowable.Workers.Typed.Engine;

/// <summary>What a failed call to Flowable means for the worker.</summary>
internal enum CallFailure
{
    /// <summary>The server is unreachable, slow or failing (connection refused, timeout, 5xx): try again later.</summary>
    Transient,

    /// <summary>401, or a 403 that is not about a job lock: the credentials are wrong or lack a privilege.</summary>
    AccessDenied,

    /// <summary>
    /// The worker no longer holds the job (403 "does not hold a lock", the same words with 400 when the engine's own
    /// check loses a race, or 404: expired, or gone).
    /// </summary>
    LockLost,

    /// <summary>Flowable refused the request as invalid (400); sending it again gives the same answer.</summary>
    Rejected,
}

/// <summary>Sorts exceptions from calls to Flowable into <see cref="CallFailure"/> kinds.</summary>
internal static class CallFailures
{
    /// <summary>Classifies an exception thrown by a call that was not cancelled by the caller's own token.</summary>
    public static CallFailure Classify(Exception exception) => exception switch
    {
        FlowableLockNotHeldException or FlowableNotFoundException => CallFailure.LockLost,
        FlowableBadRequestException { FlowableExceptionMessage: { } text }
            when text.EndsWith(FlowableLockNotHeldException.ExceptionTextSuffix, StringComparison.Ordinal) => CallFailure.LockLost,
        FlowableUnauthorizedException or FlowableForbiddenException => CallFailure.AccessDenied,
        FlowableBadRequestException => CallFailure.Rejected,
        FlowableApiException { StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests } => CallFailure.Transient,
        FlowableApiException { StatusCode: < HttpStatusCode.InternalServerError } and not FlowableResponseFormatException => CallFailure.Rejected,
        _ => CallFailure.Transient,
    };

    /// <summary>
    /// Whether a failed call may still have been applied: the request may have reached Flowable but no answer came back
    /// (dropped connection, timeout). An answer — even a 5xx — or a refused connection means it was not.
    /// </summary>
    public static bool MayHaveBeenApplied(Exception exception) => exception switch
    {
        FlowableApiException => false,
        HttpRequestException { InnerException: System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused } } => false,
        _ => true,
    };

    /// <summary>Flowable's own words for a failure when it gave some, else the exception's message.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        FlowableApiException { FlowableExceptionMessage: { Length: > 0 } text } => text,
        _ => exception.Message,
    };
}
