namespace Flowable.Workers.Typed.Testing.Engine;

/// <summary>
/// An error the API answers with Flowable's body <c>{"message": category, "exception": detail}</c>, mirroring the
/// exception kinds Flowable's <c>BaseExceptionHandlerAdvice</c> maps to a status.
/// </summary>
internal sealed class FlowableRestException : Exception
{
    private FlowableRestException(int statusCode, string category, string detail)
        : base(detail)
    {
        StatusCode = statusCode;
        Category = category;
    }

    public int StatusCode { get; }

    public string Category { get; }

    public static FlowableRestException BadRequest(string detail) => new(400, "Bad request", detail);

    public static FlowableRestException JsonParseError(string detail) => BadRequest("JSON parse error: " + detail);

    public static FlowableRestException Forbidden(string detail) => new(403, "Forbidden", detail);

    public static FlowableRestException NotFound(string detail) => new(404, "Not found", detail);

    public static FlowableRestException InternalError(string detail) => new(500, "Internal server error", detail);

    public static FlowableRestException JobNotFound(string jobId) =>
        NotFound($"Could not find external worker job with id '{jobId}'.");

    public static FlowableRestException LockNotHeld(string workerId) =>
        Forbidden($"{workerId} does not hold a lock on the requested job");
}
