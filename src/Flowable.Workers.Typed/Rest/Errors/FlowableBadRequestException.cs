namespace Flowable.Workers.Typed;

/// <summary>400 Bad Request: Flowable rejected the request (a missing field, a bad variable, an action that does not fit the job's scope).</summary>
public sealed class FlowableBadRequestException : FlowableApiException
{
    /// <inheritdoc cref="FlowableApiException(FlowableApiError, Exception?)"/>
    public FlowableBadRequestException(FlowableApiError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
