using Flowable.Workers.Typed.Tests.Rest.Stubs;
using Flowable.Workers.Typed.Rest;

namespace Flowable.Workers.Typed.Tests.Rest;

public sealed class ApiAddressTests
{
    [Theory]
    [InlineData("http://localhost:8090", "http://localhost:8090/external-job-api")]
    [InlineData("http://localhost:8090/", "http://localhost:8090/external-job-api")]
    [InlineData("http://localhost:8090/flowable-work", "http://localhost:8090/flowable-work/external-job-api")]
    [InlineData("http://localhost:8090/flowable-work/", "http://localhost:8090/flowable-work/external-job-api")]
    [InlineData("https://cloud.example/work/tenant-a", "https://cloud.example/work/tenant-a/external-job-api")]
    [InlineData("https://HOST.example:8443/flowable-rest", "https://host.example:8443/flowable-rest/external-job-api")]
    public void Api_address_is_the_root_url_plus_the_api_path(string flowableUrl, string expected)
    {
        Assert.Equal(expected, FlowableExternalJobApi.GetApiAddress(new Uri(flowableUrl)).ToString());
    }

    [Theory]
    [InlineData("ftp://localhost/flowable")]
    [InlineData("http://localhost:8090/flowable-work?tenant=a")]
    [InlineData("http://localhost:8090/flowable-work#top")]
    [InlineData("http://admin:test@localhost:8090/flowable-work")]
    public void Unusable_root_urls_are_refused(string flowableUrl)
    {
        var error = Assert.Throws<ArgumentException>(() => FlowableExternalJobApi.GetApiAddress(new Uri(flowableUrl)));
        Assert.Equal("flowableUrl", error.ParamName);
        Assert.DoesNotContain("test@", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_root_url_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FlowableExternalJobApi.GetApiAddress(new Uri("/flowable-work", UriKind.Relative)));
    }

    [Theory]
    [InlineData("http://flowable.test/flowable-work/", "/flowable-work/external-job-api/jobs/JOB-1")]
    [InlineData("http://flowable.test", "/external-job-api/jobs/JOB-1")]
    [InlineData("http://flowable.test/a/b", "/a/b/external-job-api/jobs/JOB-1")]
    public async Task Requests_go_below_the_context_path(string flowableUrl, string expectedPath)
    {
        var handler = new StubHandler(_ => StubResponses.Json(System.Net.HttpStatusCode.OK, """{"id":"JOB-1"}"""));
        var api = FlowableExternalJobApi.Create(new FlowableApiOptions { FlowableUrl = new Uri(flowableUrl), Handler = handler });

        await api.GetJobAsync("JOB-1");

        Assert.Equal(expectedPath, handler.Single.Uri.AbsolutePath);
    }

    [Fact]
    public async Task Job_ids_are_escaped_into_the_path()
    {
        var handler = new StubHandler();
        var api = TestApis.Over(handler);

        await api.CompleteJobAsync("a/b c?d#e", new CompleteJobRequest { WorkerId = "w" });

        Assert.Equal(
            "/flowable-work/external-job-api/acquire/jobs/a%2Fb%20c%3Fd%23e/complete",
            handler.Single.Uri.AbsolutePath);
        Assert.Empty(handler.Single.Uri.Query);
    }

    [Fact]
    public async Task Requests_name_the_sdk_in_the_user_agent()
    {
        var handler = new StubHandler();

        await TestApis.Over(handler).UnacquireJobsAsync(new UnacquireJobsRequest { WorkerId = "w" });

        Assert.Matches(@"^Flowable\.Workers\.Typed/\d+\.\d+\.\d+$", handler.Single.UserAgent);
    }

    [Fact]
    public void An_http_client_without_base_address_is_refused()
    {
        using var client = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => FlowableExternalJobApi.Create(client));

        Assert.Contains("BaseAddress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_configured_http_client_is_used_as_it_is()
    {
        var handler = new StubHandler(_ => StubResponses.Json(System.Net.HttpStatusCode.OK, "[]"));
        using var client = new HttpClient(handler) { BaseAddress = FlowableExternalJobApi.GetApiAddress(new Uri("http://flowable.test/ctx")) };
        var api = FlowableExternalJobApi.Create(client);

        var jobs = await api.AcquireJobsAsync(new AcquireJobsRequest { Topic = "t", LockDuration = TimeSpan.FromMinutes(1), WorkerId = "w" });

        Assert.Empty(jobs);
        Assert.Equal("http://flowable.test/ctx/external-job-api/acquire/jobs", handler.Single.Uri.ToString());
    }

    [Fact]
    public void A_non_positive_timeout_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FlowableExternalJobApi.Create(new FlowableApiOptions
        {
            FlowableUrl = TestApis.FlowableUrl,
            Timeout = TimeSpan.Zero,
        }));
    }

    [Fact]
    public async Task The_timeout_bounds_each_request()
    {
        var api = FlowableExternalJobApi.Create(new FlowableApiOptions
        {
            FlowableUrl = TestApis.FlowableUrl,
            Handler = new NeverAnsweringHandler(),
            Timeout = TimeSpan.FromMilliseconds(50),
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.GetJobAsync("JOB-1"));
    }

    [Fact]
    public void The_default_timeout_suits_a_poller()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new FlowableApiOptions { FlowableUrl = TestApis.FlowableUrl }.Timeout);
    }

    private sealed class NeverAnsweringHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
