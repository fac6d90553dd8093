using System.Net.Http.Headers;
using System.Text;
using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

/// <summary>§2 and §8: context path, unmapped paths, security-layer 401.</summary>
public sealed class RoutingAndAuthTests
{
    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    [Fact]
    public async Task The_api_is_served_under_the_context_path_and_urls_carry_it()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { ContextPath = "flowable-work/" });
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);

        Assert.Equal($"http://127.0.0.1:{flowable.Port}/flowable-work", flowable.BaseUrl.ToString());
        Assert.Equal($"http://127.0.0.1:{flowable.Port}/flowable-work/external-job-api", flowable.ApiUrl.ToString());
        var job = (await client.GetAsync($"jobs/{jobId}")).Json!;
        Assert.Equal($"{flowable.ApiUrl}/jobs/{jobId}", job["url"]!.GetValue<string>());
        Assert.Equal("/flowable-work/external-job-api/jobs/" + jobId, flowable.Requests[^1].PathAndQuery);
    }

    [Fact]
    public async Task Paths_outside_the_context_or_the_api_are_404_with_an_empty_body_as_recorded()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { ContextPath = "/flowable-work" });
        using var wrongContext = new EmulatorClient($"http://127.0.0.1:{flowable.Port}/external-job-api");
        using var root = new EmulatorClient($"http://127.0.0.1:{flowable.Port}/flowable-work");
        using var api = new EmulatorClient(flowable);
        var recorded = Recordings.Load("test_with_trailing_slash_for_url.json").Single();

        var call = await wrongContext.GetAsync("jobs");

        Assert.Equal(recorded.Status, call.StatusCode);
        call.IsEmpty(404);
        (await root.GetAsync("process-api/runtime/tasks")).IsEmpty(404);
        (await api.GetAsync("jobs/")).IsEmpty(404);
        (await api.PostAsync("acquire/jobs/x/finish", "{}")).IsEmpty(404);
        (await api.PostAsync("acquire", "{}")).IsEmpty(404);
        (await api.GetAsync("")).IsEmpty(404);
    }

    [Fact]
    public async Task A_mapped_path_with_the_wrong_method_reaches_the_catch_all_handler()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        using var client = new EmulatorClient(flowable);

        (await client.GetAsync("acquire/jobs")).IsError(500, "Internal server error", "Request method 'GET' is not supported");
        (await client.PostAsync("jobs", "{}")).IsError(500, "Internal server error", "Request method 'POST' is not supported");
    }

    [Fact]
    public async Task Basic_authentication_admits_the_right_credentials_only()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { Authentication = EmulatorAuthentication.Basic("admin", "test") });
        using var good = new EmulatorClient(flowable, Basic("admin", "test"));
        using var wrong = new EmulatorClient(flowable, Basic("invalid", "auth"));
        using var none = new EmulatorClient(flowable);
        using var bearer = new EmulatorClient(flowable, new AuthenticationHeaderValue("Bearer", "test"));

        Assert.Equal(200, (await good.GetAsync("jobs")).StatusCode);
        foreach (var client in new[] { wrong, none, bearer })
        {
            await AssertUnauthorizedAsync(client);
        }
    }

    [Fact]
    public async Task Bearer_authentication_admits_the_token_only()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { Authentication = EmulatorAuthentication.BearerToken("pat-123") });
        using var good = new EmulatorClient(flowable, new AuthenticationHeaderValue("Bearer", "pat-123"));
        using var wrong = new EmulatorClient(flowable, new AuthenticationHeaderValue("Bearer", "pat-124"));
        using var basic = new EmulatorClient(flowable, Basic("admin", "test"));
        flowable.CreateBpmnJob("simple");

        Assert.Single(await good.AcquireAsync("simple"));
        await AssertUnauthorizedAsync(wrong);
        await AssertUnauthorizedAsync(basic);
    }

    [Fact]
    public async Task The_401_matches_the_recorded_security_answer()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { Authentication = EmulatorAuthentication.Basic("admin", "test") });
        using var client = new EmulatorClient(flowable, Basic("invalid", "auth"));
        var recorded = Recordings.Load("test_list_jobs_invalid_auth.json").First(i => i.Uri.EndsWith("/external-job-api/jobs", StringComparison.Ordinal));

        var call = await client.GetAsync("jobs");

        Assert.Equal(recorded.Status, call.StatusCode);
        Assert.Equal(recorded.ResponseBody!.GetValue<string>(), call.Body);
        Assert.Equal(recorded.ResponseHeaders["WWW-Authenticate"]!.GetValue<string>(), call.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Unauthorized_requests_change_nothing()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { Authentication = EmulatorAuthentication.Basic("admin", "test") });
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable, Basic("admin", "wrong"));

        (await client.PostAsync("acquire/jobs", """{"topic":"simple","lockDuration":"PT1M","workerId":"w"}""")).IsEmpty(401);

        Assert.Null(flowable.GetJob(jobId).LockOwner);
    }

    [Fact]
    public async Task Base_url_before_start_is_an_error_not_a_guess()
    {
        await using var flowable = new FlowableEmulator();

        var error = Assert.Throws<InvalidOperationException>(() => flowable.BaseUrl);
        Assert.Contains("StartAsync", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/flowable work")]
    [InlineData("/app?x=1")]
    public void Invalid_context_paths_are_refused(string contextPath) =>
        Assert.Throws<ArgumentException>(() => new FlowableEmulator(new() { ContextPath = contextPath }));

    private static async Task AssertUnauthorizedAsync(EmulatorClient client)
    {
        var call = await client.GetAsync("jobs");
        call.IsEmpty(401);
        Assert.Equal("Basic realm=\"Realm\"", call.Headers.WwwAuthenticate.ToString());
    }
}
