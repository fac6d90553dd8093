using Flowable.Workers.Typed.Rest;
using Microsoft.Extensions.Logging;

namespace Flowable.Workers.Typed;

/// <summary>Where Flowable is, who the worker is, and how it talks: the settings of an <see cref="ExternalWorkerClient"/>.</summary>
public sealed class ExternalWorkerClientOptions
{
    /// <summary>The Flowable root URL the official clients default to: Flowable's trial.</summary>
    public const string DefaultFlowableHost = "https://trial.flowable.com/work";

    /// <summary>
    /// Flowable's root URL, without <c>/external-job-api</c> (which is appended): <c>http://localhost:8090/flowable-work</c>
    /// for Flowable Work, <c>http://localhost:8080/flowable-rest</c> for the open-source REST app. One trailing slash is
    /// ignored. Default <see cref="DefaultFlowableHost"/>.
    /// </summary>
    public string FlowableHost { get; set; } = DefaultFlowableHost;

    /// <summary>The worker id (lock owner) of every call and subscription; null means <c>&lt;hostname&gt;-&lt;pid&gt;</c>.</summary>
    public string? WorkerId { get; set; }

    /// <summary>How requests authenticate (<see cref="BasicAuthentication"/>, <see cref="FlowableCloudToken"/>, …); null sends no credentials.</summary>
    public FlowableAuthentication? Authentication { get; set; }

    /// <summary>
    /// A handler that sends the requests (a proxy, client certificates, your own logging or resilience chain); it goes
    /// beneath the authentication and is not disposed by the client.
    /// </summary>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>
    /// An <see cref="System.Net.Http.HttpClient"/> configured entirely by you (for example from <c>IHttpClientFactory</c>),
    /// used as it is: its handlers must authenticate, so it cannot be combined with <see cref="Authentication"/> or
    /// <see cref="HttpMessageHandler"/>. When its <see cref="HttpClient.BaseAddress"/> is null it is set to
    /// <see cref="FlowableHost"/> + <c>/external-job-api</c>. The client does not dispose it.
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>How long one request may take. Default 30 seconds (Flowable answers every call at once).</summary>
    public TimeSpan RequestTimeout { get; set; } = FlowableExternalJobApi.DefaultTimeout;

    /// <summary>Where the client and its subscriptions log; null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock for poll intervals, backoff and lock deadlines; null is the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
