using Flowable.Workers.Typed.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Flowable.Workers.Typed.Tests.Client;

public sealed class AuthenticationTests
{
    private const string Password = "s3cret-Pa55";
    private const string Token = "pat-0123456789abcdef";

    [Fact]
    public async Task A_worker_with_Basic_credentials_processes_jobs_on_a_server_that_requires_them()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(
            new FlowableEmulatorOptions { Authentication = EmulatorAuthentication.Basic("admin", Password) },
            client => client.Authentication = new BasicAuthentication("admin", Password));
        var jobId = flowable.Emulator.CreateBpmnJob("secure");

        await using var subscription = flowable.Client.Subscribe("secure", (job, result, ct) => null, EmulatedFlowable.FastOptions());

        Assert.Equal(EmulatorOutcomeKind.Completed, (await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout)).Kind);
    }

    [Fact]
    public async Task A_worker_with_a_Flowable_Cloud_token_processes_jobs_on_a_server_that_requires_a_bearer_token()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(
            new FlowableEmulatorOptions { Authentication = EmulatorAuthentication.BearerToken(Token) },
            client => client.Authentication = new FlowableCloudToken(Token));
        var jobId = flowable.Emulator.CreateCmmnJob("secure");

        await using var subscription = flowable.Client.Subscribe("secure", (job, result, ct) => null, EmulatedFlowable.FastOptions());

        Assert.Equal(EmulatorOutcomeKind.Completed, (await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout)).Kind);
    }

    [Fact]
    public async Task Wrong_credentials_are_logged_as_an_error_and_retried_at_the_slowest_pace_without_revealing_the_password()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var flowable = await EmulatedFlowable.StartAsync(
            new FlowableEmulatorOptions { Authentication = EmulatorAuthentication.Basic("admin", "the-right-one") },
            client =>
            {
                client.Authentication = new BasicAuthentication("admin", Password);
                client.TimeProvider = time;
            });
        var jobId = flowable.Emulator.CreateBpmnJob("secure");
        var options = EmulatedFlowable.FastOptions();
        options.ErrorBackoffMaxDelay = TimeSpan.FromMinutes(1);

        await using var subscription = flowable.Client.Subscribe("secure", (job, result, ct) => null, options);
        await EmulatedFlowable.WaitUntilAsync(() => flowable.Logs.GetSnapshot().Any(log => log.Id.Id == 12), "the refusal was logged");

        Assert.Single(flowable.RequestsTo("/acquire/jobs"));
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Single(flowable.RequestsTo("/acquire/jobs"));
        time.Advance(TimeSpan.FromSeconds(100));
        await EmulatedFlowable.WaitUntilAsync(() => flowable.RequestsTo("/acquire/jobs").Count == 2, "the slow retry");

        var refusal = flowable.Logs.GetSnapshot().First(log => log.Id.Id == 12);
        Assert.Equal(LogLevel.Error, refusal.Level);
        Assert.Contains("(401)", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(flowable.Logs.GetSnapshot(), log => log.Message.Contains(Password, StringComparison.Ordinal)
            || (log.Exception?.ToString().Contains(Password, StringComparison.Ordinal) ?? false));
        Assert.True(flowable.Emulator.GetJob(jobId).IsActive);
        Assert.False(subscription.Completion.IsCompleted);
    }
}
