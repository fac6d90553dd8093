namespace Flowable.Workers.Typed;

/// <summary>404 Not Found: the job does not exist (any more), or the URL does not point at Flowable's external job API.</summary>
public sealed class FlowableNotFoundException : FlowableApiException
{
    /// <inheritdoc cref="FlowableApiException(FlowableApiError, Exception?)"/>
    public FlowableNotFoundException(FlowableApiError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
