namespace Flowable.Workers.Typed;

/// <summary>5xx: Flowable (or a proxy in front of it) failed to handle the request.</summary>
public sealed class FlowableServerException : FlowableApiException
{
    /// <inheritdoc cref="FlowableApiException(FlowableApiError, Exception?)"/>
    public FlowableServerException(FlowableApiError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
