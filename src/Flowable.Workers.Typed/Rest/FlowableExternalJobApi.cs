using System.Text.Json;
using Refit;

namespace Flowable.Workers.Typed.Rest;

/// <summary>Creates <see cref="IFlowableExternalJobApi"/> clients for a Flowable server.</summary>
public static class FlowableExternalJobApi
{
    /// <summary>The path of the external job API below Flowable's root URL.</summary>
    public const string ApiPath = "/external-job-api";

    /// <summary>The default per-request timeout: 30 seconds, not <see cref="HttpClient"/>'s 100.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly string UserAgent =
        "Flowable.Workers.Typed/" + (typeof(FlowableExternalJobApi).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>
    /// Creates a client from options, with its own <see cref="HttpClient"/> and connection pool. Create one per
    /// Flowable server and keep it for the application's lifetime.
    /// </summary>
    public static IFlowableExternalJobApi Create(FlowableApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Timeout, "The timeout must be positive or infinite.");
        }

        var httpClient = new HttpClient(CreatePipeline(options), disposeHandler: options.Handler is null)
        {
            BaseAddress = GetApiAddress(options.FlowableUrl),
            Timeout = options.Timeout,
        };
        AddUserAgent(httpClient);
        return Create(httpClient);
    }

    /// <summary>Sends the SDK's name and version as the User-Agent of every request of <paramref name="httpClient"/>.</summary>
    /// <remarks>Added unparsed: a parsed default header is cloned into every request, a string is copied as is.</remarks>
    internal static void AddUserAgent(HttpClient httpClient) =>
        httpClient.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> the caller configured completely (for example one from
    /// <c>IHttpClientFactory</c>): its <see cref="HttpClient.BaseAddress"/> must be the API address
    /// (<see cref="GetApiAddress(Uri)"/>) and its handlers must authenticate.
    /// </summary>
    public static IFlowableExternalJobApi Create(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (httpClient.BaseAddress is null)
        {
            throw new ArgumentException(
                $"The HttpClient needs a BaseAddress ending in {ApiPath}; use {nameof(FlowableExternalJobApi)}.{nameof(GetApiAddress)}.",
                nameof(httpClient));
        }

        return RestService.ForGenerated<IFlowableExternalJobApi>(httpClient, CreateRefitSettings());
    }

    /// <summary>
    /// The API's base address for a Flowable root URL: <c>http://localhost:8090/flowable-work/</c> gives
    /// <c>http://localhost:8090/flowable-work/external-job-api</c>. One trailing slash is dropped; query and fragment
    /// are not allowed.
    /// </summary>
    public static Uri GetApiAddress(Uri flowableUrl)
    {
        ArgumentNullException.ThrowIfNull(flowableUrl);
        if (!flowableUrl.IsAbsoluteUri || (flowableUrl.Scheme != Uri.UriSchemeHttp && flowableUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Flowable's URL must be an absolute http or https URL, not '{flowableUrl.OriginalString}'.", nameof(flowableUrl));
        }

        if (flowableUrl.Query.Length > 0 || flowableUrl.Fragment.Length > 0 || flowableUrl.UserInfo.Length > 0)
        {
            throw new ArgumentException(
                "Flowable's URL must not carry a query, a fragment or user info; pass credentials as Authentication.",
                nameof(flowableUrl));
        }

        var path = flowableUrl.AbsolutePath;
        if (path.EndsWith('/'))
        {
            path = path[..^1];
        }

        return new UriBuilder(flowableUrl) { Path = path + ApiPath }.Uri;
    }

    /// <summary>
    /// The Refit settings the client runs on: source-generated JSON (<see cref="FlowableJsonContext"/>) sent as buffered
    /// bodies with a <c>Content-Length</c> (not chunked, which costs extra writes per request on both ends), Flowable's
    /// errors as <see cref="FlowableApiException"/>s, transport errors (<see cref="HttpRequestException"/>, timeouts)
    /// passed through unwrapped.
    /// Use them with <c>AddRefitGeneratedClient&lt;IFlowableExternalJobApi&gt;</c> when registering the client yourself.
    /// </summary>
    public static RefitSettings CreateRefitSettings()
    {
        var serializerOptions = new JsonSerializerOptions(FlowableJsonContext.Default.Options)
        {
            TypeInfoResolver = FlowableJsonContext.Default,
        };
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(serializerOptions), new FlowableUrlParameterFormatter())
        {
            RequestBodySerialization = RequestBodySerializationMode.Buffered,
        };
        settings.Exceptions.ExceptionFactory = FlowableErrorResponse.CreateExceptionAsync;
        settings.Exceptions.DeserializationExceptionFactory = FlowableErrorResponse.CreateDeserializationException;
        settings.Exceptions.TransportExceptionFactory = static (_, exception, _) => exception;
        return settings;
    }

    private static HttpMessageHandler CreatePipeline(FlowableApiOptions options)
    {
        var transport = options.Handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (options.Authentication is null)
        {
            return transport;
        }

        var authentication = options.Authentication.CreateHandler();
        authentication.InnerHandler = transport;
        return authentication;
    }
}
