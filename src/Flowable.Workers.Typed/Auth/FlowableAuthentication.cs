namespace Flowable.Workers.Typed;

/// <summary>
/// How the worker proves who it is to Flowable. Each kind produces a <see cref="DelegatingHandler"/> that signs every
/// request of the external job API.
/// </summary>
/// <remarks>
/// Use <see cref="BasicAuthentication"/> for Flowable's open-source REST app and Flowable Work with users,
/// <see cref="FlowableCloudToken"/> for Flowable Cloud and Work personal access tokens,
/// <see cref="BearerTokenAuthentication"/> for a fixed or refreshed bearer token, or
/// <see cref="FromHandler"/> for any other scheme. <see cref="object.ToString"/> never shows a secret.
/// </remarks>
public abstract class FlowableAuthentication
{
    /// <summary>Creates a new handler that adds this authentication to each request. Called once per HTTP pipeline.</summary>
    public abstract DelegatingHandler CreateHandler();

    /// <summary>Authentication by a handler of the caller's own (mTLS headers, HMAC signatures, an OAuth library's handler).</summary>
    /// <param name="handlerFactory">Creates a fresh handler each time a pipeline is built; a handler instance cannot be reused.</param>
    public static FlowableAuthentication FromHandler(Func<DelegatingHandler> handlerFactory) =>
        new DelegatingHandlerAuthentication(handlerFactory);
}
