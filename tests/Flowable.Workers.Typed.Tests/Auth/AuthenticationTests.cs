using System.Net;
using System.Text;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Tests.Rest.Stubs;

namespace Flowable.Workers.Typed.Tests.Auth;

public sealed class AuthenticationTests
{
    private readonly StubHandler _handler = new(_ => StubResponses.Json(HttpStatusCode.OK, """{"id":"JOB-1"}"""));

    [Fact]
    public async Task Basic_sends_user_and_password_as_flowables_clients_do()
    {
        await TestApis.Over(_handler, new BasicAuthentication("admin", "test")).GetJobAsync("JOB-1");

        Assert.Equal("Basic YWRtaW46dGVzdA==", _handler.Single.Authorization);
    }

    [Fact]
    public async Task Basic_encodes_non_ascii_credentials_as_utf8()
    {
        await TestApis.Over(_handler, new BasicAuthentication("jürgen", "pässwort")).GetJobAsync("JOB-1");

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("jürgen:pässwort")), _handler.Single.Authorization);
    }

    [Fact]
    public void Basic_refuses_a_user_name_with_a_colon()
    {
        var error = Assert.Throws<ArgumentException>(() => new BasicAuthentication("ad:min", "test"));
        Assert.Equal("userName", error.ParamName);
    }

    [Fact]
    public async Task Bearer_sends_the_token()
    {
        await TestApis.Over(_handler, new BearerTokenAuthentication("abc.def.ghi")).GetJobAsync("JOB-1");

        Assert.Equal("Bearer abc.def.ghi", _handler.Single.Authorization);
    }

    [Fact]
    public async Task Cloud_token_is_a_bearer_token()
    {
        await TestApis.Over(_handler, new FlowableCloudToken("pat-123")).GetJobAsync("JOB-1");

        Assert.Equal("Bearer pat-123", _handler.Single.Authorization);
    }

    [Fact]
    public async Task Token_provider_is_asked_for_every_request()
    {
        var calls = 0;
        var api = TestApis.Over(_handler, new BearerTokenAuthentication(_ => ValueTask.FromResult($"token-{Interlocked.Increment(ref calls)}")));

        await api.GetJobAsync("JOB-1");
        await api.GetJobAsync("JOB-1");
        await api.GetJobAsync("JOB-1");

        Assert.Equal(3, calls);
        Assert.Equal(["Bearer token-1", "Bearer token-2", "Bearer token-3"], _handler.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Token_provider_gets_the_requests_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var api = TestApis.Over(_handler, new BearerTokenAuthentication(async token =>
        {
            await cancellation.CancelAsync();
            token.ThrowIfCancellationRequested();
            return "never";
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.GetJobAsync("JOB-1", cancellation.Token));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_token_provider_returning_nothing_fails_the_request_with_a_clear_error()
    {
        var api = TestApis.Over(_handler, new BearerTokenAuthentication(_ => ValueTask.FromResult("")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => api.GetJobAsync("JOB-1"));

        Assert.Equal("The bearer token provider returned no token.", error.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_custom_handler_signs_requests_its_own_way()
    {
        var api = TestApis.Over(_handler, FlowableAuthentication.FromHandler(() => new HeaderHandler("X-Api-Key", "key-1")));

        await api.GetJobAsync("JOB-1");

        Assert.Null(_handler.Single.Authorization);
        Assert.Equal("key-1", Assert.Single(HeaderHandler.Seen));
    }

    [Fact]
    public async Task Without_authentication_no_authorization_header_is_sent()
    {
        await TestApis.Over(_handler).GetJobAsync("JOB-1");

        Assert.Null(_handler.Single.Authorization);
    }

    [Theory]
    [MemberData(nameof(Authentications))]
    public void ToString_never_shows_a_secret(FlowableAuthentication authentication, string secret)
    {
        var text = authentication.ToString();

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }

    public static TheoryData<FlowableAuthentication, string> Authentications => new()
    {
        { new BasicAuthentication("admin", "hunter2"), "hunter2" },
        { new BasicAuthentication("admin", "hunter2"), Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:hunter2")) },
        { new BearerTokenAuthentication("tok-secret"), "tok-secret" },
        { new FlowableCloudToken("pat-secret"), "pat-secret" },
        { new BearerTokenAuthentication(_ => ValueTask.FromResult("dyn-secret")), "dyn-secret" },
        { FlowableAuthentication.FromHandler(() => new HeaderHandler("X-Api-Key", "key-secret")), "key-secret" },
    };

    [Fact]
    public void Empty_secrets_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new BearerTokenAuthentication(""));
        Assert.Throws<ArgumentException>(() => new FlowableCloudToken(""));
        Assert.Throws<ArgumentException>(() => new BasicAuthentication("", "x"));
        Assert.Throws<ArgumentNullException>(() => new BasicAuthentication("admin", null!));
        Assert.Throws<ArgumentNullException>(() => FlowableAuthentication.FromHandler(null!));
    }

    [Fact]
    public void Each_pipeline_gets_a_fresh_handler()
    {
        var authentication = new BasicAuthentication("admin", "test");

        Assert.NotSame(authentication.CreateHandler(), authentication.CreateHandler());
    }

    private sealed class HeaderHandler(string name, string value) : DelegatingHandler
    {
        public static readonly List<string> Seen = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(name, value);
            Seen.Add(value);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
