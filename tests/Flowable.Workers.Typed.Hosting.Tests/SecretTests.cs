using System.Text;
using Flowable.Workers.Typed.Hosting.Tests.Infrastructure;
using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Hosting.Tests;

public sealed class SecretTests
{
    private const string Password = "s3cr3t-Pa55w0rd";

    [Fact]
    public async Task A_password_from_configuration_appears_in_no_log_record()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { Authentication = EmulatorAuthentication.Basic("admin", Password), InitialJobRetries = 1 });
        var completed = flowable.CreateBpmnJob("hosting.telemetry", EmulatorVariable.String("mode", "ok"));
        var failed = flowable.CreateBpmnJob("hosting.telemetry", EmulatorVariable.String("mode", "fail"));
        await using var host = await WorkerHost.StartAsync(flowable, [ExternalWorkerDefinition.For<TelemetryWorker>()], new Dictionary<string, string?>
        {
            ["Flowable:Auth:Basic:User"] = "admin",
            ["Flowable:Auth:Basic:Password"] = Password,
        });

        await flowable.WaitForOutcomesAsync([completed, failed], Eventually.Timeout);
        await host.Host.StopAsync();

        var logs = host.AllLogText();
        Assert.Contains("authentication: Basic authentication as 'admin'", logs, StringComparison.Ordinal);
        AssertNoSecret(logs, Password, "admin:" + Password);
    }

    [Fact]
    public async Task A_rejected_token_is_logged_as_an_access_error_without_the_token()
    {
        const string token = "pat-9f8e7d6c5b4a";
        await using var flowable = await FlowableEmulator.StartNewAsync(new() { Authentication = EmulatorAuthentication.BearerToken("another-token") });
        await using var host = await WorkerHost.StartAsync(
            flowable,
            [ExternalWorkerDefinition.For<TelemetryWorker>()],
            new Dictionary<string, string?> { ["Flowable:Auth:Token"] = token });

        await Eventually.WaitAsync(() => host.Logs.GetSnapshot().Count(record => record.Id.Id == 12) >= 2, "two refused acquires are logged");
        await host.Host.StopAsync();

        AssertNoSecret(host.AllLogText(), token);
    }

    private static void AssertNoSecret(string logs, string secret, string? basicPair = null)
    {
        Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        if (basicPair is not null)
        {
            Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(basicPair)), logs, StringComparison.Ordinal);
        }
    }
}
