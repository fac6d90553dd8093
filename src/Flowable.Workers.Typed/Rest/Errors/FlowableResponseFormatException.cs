namespace Flowable.Workers.Typed;

/// <summary>
/// Flowable answered with a success status, but the body was not the JSON the API promises (a proxy's HTML page,
/// a truncated body, a field of the wrong type). <see cref="Exception.InnerException"/> holds the parser's error.
/// </summary>
public sealed class FlowableResponseFormatException : FlowableApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">The status and request of the unreadable response.</param>
    /// <param name="innerException">Why the body could not be read.</param>
    public FlowableResponseFormatException(FlowableApiError error, Exception innerException)
        : base(error, FlowableApiErrorMessage.FormatUnreadable(error ?? throw new ArgumentNullException(nameof(error)), innerException), innerException)
    {
    }
}
