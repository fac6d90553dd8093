using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// The settings of the hosted workers, bound from the configuration section <c>"Flowable"</c> (see
/// <c>docs/hosting.md</c>) and then from the callback given to <c>AddFlowableWorkers</c>.
/// </summary>
public sealed class FlowableWorkersOptions
{
    private string? _url;

    /// <summary>The configuration section the options are read from.</summary>
    public const string SectionName = "Flowable";

    /// <summary>The default of <see cref="ShutdownGracePeriod"/>: 20 seconds, within the host's default 30-second shutdown timeout.</summary>
    public static readonly TimeSpan DefaultShutdownGracePeriod = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Flowable's root URL (<c>/external-job-api</c> is appended). Key <c>Flowable:Url</c>; default Flowable's trial
    /// service, <see cref="ExternalWorkerClientOptions.DefaultFlowableHost"/>. Unless it is set, the workers log at
    /// start that they talk to the trial service, and credentials other than a Flowable Cloud token stop start-up
    /// rather than being sent there.
    /// </summary>
    public string Url
    {
        get => _url ?? ExternalWorkerClientOptions.DefaultFlowableHost;
        set => _url = value;
    }

    /// <summary>Whether <see cref="Url"/> was set (by configuration or code), rather than left at the trial service.</summary>
    internal bool UrlIsSet => _url is not null;

    /// <summary>
    /// The credentials the workers send: <see cref="Authentication"/>, else <see cref="Auth"/>; none when the URL
    /// was left at the trial service and they are not a Flowable Cloud token (start-up validation says so).
    /// </summary>
    internal FlowableAuthentication? EffectiveAuthentication() =>
        (Authentication ?? Auth.Create()) is { } authentication && (UrlIsSet || authentication is FlowableCloudToken)
            ? authentication
            : null;

    /// <summary>The worker id (lock owner). Key <c>Flowable:WorkerId</c>; null means <c>&lt;hostname&gt;-&lt;pid&gt;</c>.</summary>
    public string? WorkerId { get; set; }

    /// <summary>Credentials from configuration (<c>Flowable:Auth</c>): Basic, a bearer token or a Flowable Cloud token.</summary>
    public FlowableAuthOptions Auth { get; } = new();

    /// <summary>Authentication set in code; when set it is used instead of <see cref="Auth"/>.</summary>
    public FlowableAuthentication? Authentication { get; set; }

    /// <summary>How long one request to Flowable may take. Key <c>Flowable:RequestTimeout</c>; default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = Rest.FlowableExternalJobApi.DefaultTimeout;

    /// <summary>
    /// How long stopping waits for running handlers before cancelling them and giving their jobs back. Key
    /// <c>Flowable:ShutdownGracePeriod</c>; default 20 seconds. Keep it below the host's shutdown timeout.
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = DefaultShutdownGracePeriod;

    /// <summary>
    /// After how many failed acquire requests in a row (across the workers) the health check reports unhealthy. Key
    /// <c>Flowable:UnhealthyAfterPollFailures</c>; default 3.
    /// </summary>
    public int UnhealthyAfterPollFailures { get; set; } = 3;

    /// <summary>
    /// Settings for every worker, read from the keys directly under <c>Flowable</c> (<c>Flowable:MaxConcurrency</c>, …);
    /// a worker's own section and its attribute win over them.
    /// </summary>
    public FlowableWorkerSettings Defaults { get; } = new();

    /// <summary>
    /// Settings per worker topic, from <c>Flowable:Workers:&lt;topic&gt;</c>; they win over the worker's attribute.
    /// Topics are matched ignoring case, as configuration keys are (and as the duplicate-topic checks compare them).
    /// </summary>
    public IDictionary<string, FlowableWorkerSettings> Workers { get; } =
        new Dictionary<string, FlowableWorkerSettings>(WorkerTopics.Comparer);

    /// <summary>Values configuration held that could not be read (reported by validation, naming the key).</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>The settings of one worker topic, creating them when absent.</summary>
    public FlowableWorkerSettings Worker(string topic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        if (!Workers.TryGetValue(topic, out var settings))
        {
            settings = new FlowableWorkerSettings();
            Workers[topic] = settings;
        }

        return settings;
    }
}
