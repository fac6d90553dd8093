using System.Net;

namespace Flowable.Workers.Typed;

/// <summary>What Flowable answered to a failed request: the facts a <see cref="FlowableApiException"/> is made of.</summary>
/// <param name="StatusCode">The HTTP status of the response.</param>
/// <param name="RequestMethod">The HTTP method of the request (<c>POST</c>).</param>
/// <param name="RequestPath">The URL path of the request, without query string.</param>
/// <param name="FlowableMessage">The <c>message</c> field of Flowable's error body, if any.</param>
/// <param name="FlowableExceptionMessage">The <c>exception</c> field of Flowable's error body, if any.</param>
public sealed record FlowableApiError(
    HttpStatusCode StatusCode,
    string RequestMethod,
    string RequestPath,
    string? FlowableMessage = null,
    string? FlowableExceptionMessage = null);
