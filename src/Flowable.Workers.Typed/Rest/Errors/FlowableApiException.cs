using System.Net;

namespace Flowable.Workers.Typed;

/// <summary>
/// Flowable answered a request of the external worker job API with an error status.
/// </summary>
/// <remarks>
/// Carries the status, Flowable's error texts (<c>{"message": "Not found", "exception": "Could not find …"}</c>)
/// and the request's method and path. It never carries request headers or credentials, so it is safe to log.
/// Subclasses name the cases a worker reacts to: <see cref="FlowableBadRequestException"/>,
/// <see cref="FlowableUnauthorizedException"/>, <see cref="FlowableForbiddenException"/>,
/// <see cref="FlowableLockNotHeldException"/>, <see cref="FlowableNotFoundException"/> and
/// <see cref="FlowableServerException"/>.
/// </remarks>
public class FlowableApiException : Exception
{
    /// <summary>Creates the exception from the parts of a failed exchange.</summary>
    /// <param name="error">What Flowable answered and to which request.</param>
    /// <param name="innerException">The cause, when the response itself could not be read.</param>
    public FlowableApiException(FlowableApiError error, Exception? innerException = null)
        : this(error, FlowableApiErrorMessage.Format(error ?? throw new ArgumentNullException(nameof(error))), innerException)
    {
    }

    /// <summary>Creates the exception with a message of the subclass's own.</summary>
    /// <param name="error">What Flowable answered and to which request.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected FlowableApiException(FlowableApiError error, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        StatusCode = error.StatusCode;
        FlowableMessage = error.FlowableMessage;
        FlowableExceptionMessage = error.FlowableExceptionMessage;
        RequestMethod = error.RequestMethod;
        RequestPath = error.RequestPath;
    }

    /// <summary>The HTTP status Flowable answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Flowable's error category, the <c>message</c> field (<c>"Not found"</c>); null when the body had none.</summary>
    public string? FlowableMessage { get; }

    /// <summary>Flowable's error detail, the <c>exception</c> field (<c>"Could not find external worker job with id 'x'."</c>); null when the body had none.</summary>
    public string? FlowableExceptionMessage { get; }

    /// <summary>The HTTP method of the failed request (<c>POST</c>).</summary>
    public string RequestMethod { get; }

    /// <summary>The URL path of the failed request, without query string (<c>/external-job-api/acquire/jobs</c>).</summary>
    public string RequestPath { get; }
}
