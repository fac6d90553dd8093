using System.Net;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Tests.Client;

public sealed class ExternalWorkerClientTests
{
    [Fact]
    public async Task The_default_worker_id_is_hostname_and_process_id()
    {
        await using var client = new ExternalWorkerClient("http://127.0.0.1:9");

        Assert.Equal($"{Dns.GetHostName()}-{Environment.ProcessId}", client.WorkerId);
    }

    [Fact]
    public async Task A_subscription_takes_its_worker_id_from_its_options_or_else_from_the_client()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var options = EmulatedFlowable.FastOptions();
        options.WorkerId = "special-worker";
        var jobId = flowable.Emulator.CreateBpmnJob("orders");

        await using var special = flowable.Client.Subscribe("orders", (job, result, ct) => null, options);
        await using var plain = flowable.Client.Subscribe("other", (job, result, ct) => null, EmulatedFlowable.FastOptions());

        Assert.Equal("special-worker", special.WorkerId);
        Assert.Equal("orders", special.Topic);
        Assert.Equal(EmulatedFlowable.WorkerId, plain.WorkerId);
        Assert.Equal("special-worker", (await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout)).WorkerId);
    }

    [Fact]
    public async Task A_second_subscription_to_a_running_topic_as_the_same_worker_is_refused_until_the_first_has_stopped()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var otherWorker = EmulatedFlowable.FastOptions();
        otherWorker.WorkerId = "other-worker";
        await using var first = flowable.Client.Subscribe("orders", (job, result, ct) => null, EmulatedFlowable.FastOptions());

        var refused = Assert.Throws<InvalidOperationException>(
            () => flowable.Client.Subscribe("ORDERS", (job, result, ct) => null, EmulatedFlowable.FastOptions()));
        await using var asOtherWorker = flowable.Client.Subscribe("orders", (job, result, ct) => null, otherWorker);
        await using var otherTopic = flowable.Client.Subscribe("invoices", (job, result, ct) => null, EmulatedFlowable.FastOptions());
        await first.StopAsync().WaitAsync(EmulatedFlowable.Timeout);
        await using var again = flowable.Client.Subscribe("orders", (job, result, ct) => null, EmulatedFlowable.FastOptions());

        Assert.Equal(
            $"Topic 'orders' already has a running subscription as worker '{EmulatedFlowable.WorkerId}' on this client; two would compete for its jobs and could run one job twice at once. "
            + "Raise that subscription's MaxConcurrency instead, or stop it (await StopAsync) before subscribing again.",
            refused.Message);
        Assert.False(asOtherWorker.Completion.IsCompleted);
        Assert.False(otherTopic.Completion.IsCompleted);
        Assert.False(again.Completion.IsCompleted);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://flowable.example/work")]
    [InlineData("http://localhost:8090/flowable-work?x=1")]
    public void A_host_that_is_not_an_http_root_url_is_rejected(string host)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new ExternalWorkerClient(host));

        Assert.Contains("URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_worker_id_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new ExternalWorkerClient("http://localhost:8090", workerId: " "));
    }

    [Fact]
    public void A_user_HttpClient_cannot_be_combined_with_Authentication()
    {
        using var httpClient = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new ExternalWorkerClient(new ExternalWorkerClientOptions
        {
            HttpClient = httpClient,
            Authentication = new BasicAuthentication("admin", "test"),
        }));

        Assert.Contains("HttpClient", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("test", error.Message.Replace("HttpClient", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_HttpClient_without_base_address_is_pointed_at_the_external_job_api()
    {
        await using var emulator = await FlowableEmulator.StartNewAsync(new FlowableEmulatorOptions { ContextPath = "/flowable-rest" });
        using var httpClient = new HttpClient();
        httpClient.DefaultRequestHeaders.Add("X-Tenant", "acme");
        await using var client = new ExternalWorkerClient(new ExternalWorkerClientOptions
        {
            FlowableHost = emulator.BaseUrl.ToString(),
            HttpClient = httpClient,
            WorkerId = "w1",
        });

        await client.ListJobsAsync();

        Assert.Equal(emulator.ApiUrl.ToString(), httpClient.BaseAddress!.ToString());
        Assert.Equal("acme", emulator.Requests[0].Headers["X-Tenant"]);
    }
}
