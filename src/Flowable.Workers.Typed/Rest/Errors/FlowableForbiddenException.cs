namespace Flowable.Workers.Typed;

/// <summary>403 Forbidden: the authenticated user may not do this (for example it lacks the <c>access-rest-api</c> privilege).</summary>
public class FlowableForbiddenException : FlowableApiException
{
    /// <inheritdoc cref="FlowableApiException(FlowableApiError, Exception?)"/>
    public FlowableForbiddenException(FlowableApiError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
