namespace Flowable.Workers.Typed.Rest;

/// <summary>Where Flowable is and how to talk to it: the inputs of <see cref="FlowableExternalJobApi.Create(FlowableApiOptions)"/>.</summary>
public sealed record FlowableApiOptions
{
    /// <summary>
    /// Flowable's root URL, without <c>/external-job-api</c>: <c>https://host/flowable-rest</c> for the open-source REST
    /// app, <c>https://host/flowable-work</c> or <c>http://localhost:8090</c> for Flowable Work. One trailing slash is ignored.
    /// </summary>
    public required Uri FlowableUrl { get; init; }

    /// <summary>How requests authenticate; <see langword="null"/> sends no credentials.</summary>
    public FlowableAuthentication? Authentication { get; init; }

    /// <summary>
    /// The handler that sends the requests (a <see cref="SocketsHttpHandler"/> with a proxy or client certificate, a
    /// logging or resilience handler chain, a test double). It sits beneath the authentication handler. The caller
    /// owns it; the client never disposes it. <see langword="null"/> uses a pooled <see cref="SocketsHttpHandler"/>.
    /// </summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>
    /// How long one request may take before it fails with a <see cref="TaskCanceledException"/>. Every call of the
    /// API answers at once (there is no long polling), so a short timeout lets a poller notice a dead server
    /// quickly. Default <see cref="FlowableExternalJobApi.DefaultTimeout"/> (30 seconds).
    /// </summary>
    public TimeSpan Timeout { get; init; } = FlowableExternalJobApi.DefaultTimeout;
}
