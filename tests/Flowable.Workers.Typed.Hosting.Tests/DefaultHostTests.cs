using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Flowable.Workers.Typed.Hosting.Tests.Infrastructure;
using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Flowable.Workers.Typed.Hosting.Tests;

/// <summary>
/// Without <c>Flowable:Url</c> the hosted workers talk to Flowable's trial service, say so at start, and send it no
/// credentials unless they are a Flowable Cloud token.
/// </summary>
public sealed class DefaultHostTests
{
    private const string TrialHost = "trial.flowable.com";

    private readonly RecordingHandler _http = new();

    [Fact]
    public async Task Without_a_url_the_workers_say_at_start_that_they_talk_to_the_trial_service()
    {
        await using var host = Create(new Dictionary<string, string?>());

        await host.Host.StartAsync();
        await Eventually.WaitAsync(() => !_http.Requests.IsEmpty, "the workers poll");

        var warning = Assert.Single(host.Logs.GetSnapshot(), record => record.Level == LogLevel.Warning && record.Message.Contains("Flowable:Url", StringComparison.Ordinal));
        Assert.Equal(
            "Flowable:Url is not set: the workers talk to Flowable's trial service at https://trial.flowable.com/work; set Flowable:Url to use your own Flowable",
            warning.Message);
        Assert.All(_http.Requests, request => Assert.Equal(TrialHost, request.Host));
        Assert.All(_http.Requests, request => Assert.Null(request.Authorization));
    }

    [Theory]
    [InlineData("Flowable:Auth:Basic:User", "Basic authentication as 'admin'")]
    [InlineData("Flowable:Auth:Token", "Bearer token authentication")]
    public async Task Without_a_url_credentials_stop_start_up_instead_of_going_to_the_trial_service(string key, string kind)
    {
        await using var host = Create(new Dictionary<string, string?>
        {
            [key] = "admin",
            ["Flowable:Auth:Basic:Password"] = key.Contains("Basic", StringComparison.Ordinal) ? "secret-password" : null,
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Equal(
            [$"Flowable:Url is not set, so the workers would send their credentials ({kind}) to Flowable's trial service (https://trial.flowable.com/work); set Flowable:Url to your Flowable (or to the trial's URL, to mean it)."],
            exception.Failures);
        Assert.Empty(_http.Requests);
    }

    [Fact]
    public async Task A_Flowable_Cloud_token_goes_to_the_trial_service_which_it_is_for()
    {
        await using var host = Create(new Dictionary<string, string?> { ["Flowable:Auth:CloudToken"] = "pat-123" });

        await host.Host.StartAsync();
        await Eventually.WaitAsync(() => !_http.Requests.IsEmpty, "the workers poll");

        Assert.All(_http.Requests, request => Assert.Equal("Bearer pat-123", request.Authorization));
    }

    [Fact]
    public async Task The_trial_url_set_explicitly_gets_the_credentials_and_no_warning()
    {
        await using var host = Create(new Dictionary<string, string?>
        {
            ["Flowable:Url"] = ExternalWorkerClientOptions.DefaultFlowableHost,
            ["Flowable:Auth:Basic:User"] = "admin",
            ["Flowable:Auth:Basic:Password"] = "test",
        });

        await host.Host.StartAsync();
        await Eventually.WaitAsync(() => !_http.Requests.IsEmpty, "the workers poll");

        Assert.All(_http.Requests, request => Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:test")), request.Authorization));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), record => record.Level == LogLevel.Warning && record.Message.Contains("Flowable:Url", StringComparison.Ordinal));
    }

    [Fact]
    public void The_plain_client_keeps_the_trial_service_as_its_default() =>
        Assert.Equal("https://trial.flowable.com/work", new ExternalWorkerClientOptions().FlowableHost);

    private WorkerHost Create(Dictionary<string, string?> configuration)
    {
        configuration["Flowable:Url"] = configuration.GetValueOrDefault("Flowable:Url");
        return WorkerHost.Create(
            null,
            [ExternalWorkerDefinition.For<ChargeCardWorker>()],
            configuration,
            workersBuilder: builder => builder.HttpClient.ConfigurePrimaryHttpMessageHandler(() => _http));
    }

    /// <summary>Answers every acquire with no job and records where each request went and its credentials.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public ConcurrentQueue<(string Host, string? Authorization)> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue((request.RequestUri!.Host, request.Headers.Authorization?.ToString()));
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]", Encoding.UTF8, "application/json") });
        }
    }
}
