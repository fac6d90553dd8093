using Flowable.Workers.Typed.Hosting.Tests.Infrastructure;
using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Flowable.Workers.Typed.Hosting.Tests;

public sealed class OptionsTests
{
    [Fact]
    public async Task Every_key_of_the_Flowable_section_is_bound()
    {
        await using var host = WorkerHost.Create(null, [ExternalWorkerDefinition.For<ChargeCardWorker>()], new Dictionary<string, string?>
        {
            ["Flowable:Url"] = "https://flowable.example/flowable-work",
            ["Flowable:WorkerId"] = "payments-1",
            ["Flowable:Auth:Basic:User"] = "admin",
            ["Flowable:Auth:Basic:Password"] = "test",
            ["Flowable:RequestTimeout"] = "PT10S",
            ["Flowable:ShutdownGracePeriod"] = "00:00:45",
            ["Flowable:UnhealthyAfterPollFailures"] = "5",
            ["Flowable:LockDuration"] = "PT5M",
            ["Flowable:NumberOfTasks"] = "4",
            ["Flowable:NumberOfRetries"] = "7",
            ["Flowable:MaxConcurrency"] = "8",
            ["Flowable:PollInterval"] = "PT1S",
            ["Flowable:ScopeType"] = "cmmn",
            ["Flowable:ErrorBackoffInitialDelay"] = "00:00:02",
            ["Flowable:ErrorBackoffMaxDelay"] = "PT2M",
            ["Flowable:BindingFailureRetries"] = "2",
            ["Flowable:MaxLockOverruns"] = "4",
            ["Flowable:Workers:chargeCard:NumberOfTasks"] = "2",
            ["Flowable:Workers:chargeCard:MaxLockOverruns"] = "6",
        });

        var options = host.Services.GetRequiredService<IOptions<FlowableWorkersOptions>>().Value;

        Assert.Equal("https://flowable.example/flowable-work", options.Url);
        Assert.Equal("payments-1", options.WorkerId);
        Assert.Equal("admin", options.Auth.Basic.User);
        Assert.Equal("test", options.Auth.Basic.Password);
        Assert.Equal(TimeSpan.FromSeconds(10), options.RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(45), options.ShutdownGracePeriod);
        Assert.Equal(5, options.UnhealthyAfterPollFailures);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Defaults.LockDuration);
        Assert.Equal(4, options.Defaults.NumberOfTasks);
        Assert.Equal(7, options.Defaults.NumberOfRetries);
        Assert.Equal(8, options.Defaults.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Defaults.PollInterval);
        Assert.Equal(ScopeType.Cmmn, options.Defaults.ScopeType);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Defaults.ErrorBackoffInitialDelay);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Defaults.ErrorBackoffMaxDelay);
        Assert.Equal(2, options.Defaults.BindingFailureRetries);
        Assert.Equal(4, options.Defaults.MaxLockOverruns);
        Assert.Equal(2, options.Workers["chargeCard"].NumberOfTasks);
        Assert.Equal(6, options.Workers["chargeCard"].MaxLockOverruns);
        var effective = WorkerSubscriptionSettings.For(ExternalWorkerDefinition.For<ChargeCardWorker>(), options);
        Assert.Equal(2, effective.BindingFailureRetries);
        Assert.Equal(6, effective.MaxLockOverruns);
        Assert.Equal("Basic as 'admin'", options.Auth.ToString());
    }

    [Fact]
    public void Worker_section_wins_over_the_attribute_which_wins_over_the_global_section_which_wins_over_defaults()
    {
        var options = new FlowableWorkersOptions { ShutdownGracePeriod = TimeSpan.FromSeconds(9) };
        options.Defaults.MaxConcurrency = 7;
        options.Defaults.NumberOfTasks = 5;
        options.Defaults.PollInterval = TimeSpan.FromSeconds(10);
        options.Worker("chargeCard").MaxConcurrency = 9;
        options.Worker("chargeCard").NumberOfTasks = 2;
        options.Worker("chargeCard").LockDuration = TimeSpan.FromMinutes(9);

        var chargeCard = WorkerSubscriptionSettings.For(ExternalWorkerDefinition.For<ChargeCardWorker>(), options);
        var telemetry = WorkerSubscriptionSettings.For(ExternalWorkerDefinition.For<TelemetryWorker>(), options);

        Assert.Equal(9, chargeCard.MaxConcurrency);                          // worker section over attribute
        Assert.Equal(TimeSpan.FromMinutes(9), chargeCard.LockDuration);       // worker section over attribute
        Assert.Equal(2, chargeCard.NumberOfTasks);                           // worker section over global
        Assert.Equal(TimeSpan.FromSeconds(10), chargeCard.PollInterval);      // global over default
        Assert.Equal(5, chargeCard.NumberOfRetries);                         // default
        Assert.Equal(ScopeType.Any, chargeCard.ScopeType);                   // default
        Assert.Equal(TimeSpan.FromSeconds(9), chargeCard.ShutdownGracePeriod);
        Assert.Equal(4, telemetry.MaxConcurrency);                           // its attribute over global
        Assert.Equal(4, telemetry.NumberOfTasks);                            // its attribute
        Assert.Equal(TimeSpan.FromMinutes(1), telemetry.LockDuration);        // no section: default
    }

    [Theory]
    [InlineData("Flowable:Workers:chargeCard:MaxConcurrency", "0", "Flowable:Workers:chargeCard:MaxConcurrency = 0 is out of range: MaxConcurrency must be at least 1.")]
    [InlineData("Flowable:Url", "not a url", "Flowable:Url must be an absolute http or https URL, not 'not a url'.")]
    [InlineData("Flowable:Url", "ftp://flowable.example", "Flowable:Url must be an absolute http or https URL, not 'ftp://flowable.example'.")]
    [InlineData("Flowable:LockDuration", "abc", "Flowable:LockDuration must be a duration such as 'PT30S' (ISO-8601) or '00:00:30', not 'abc'.")]
    [InlineData("Flowable:LockDuration", "PT0S", "Flowable:LockDuration = PT0S is out of range: LockDuration must be positive.")]
    [InlineData("Flowable:PollInterval", "-00:00:01", "Flowable:PollInterval = -PT1S is out of range: PollInterval must not be negative.")]
    [InlineData("Flowable:Workers:chargeCard:MaxLockOverruns", "0", "Flowable:Workers:chargeCard:MaxLockOverruns = 0 is out of range: MaxLockOverruns must be at least 1.")]
    [InlineData("Flowable:BindingFailureRetries", "-1", "Flowable:BindingFailureRetries = -1 is out of range: BindingFailureRetries must not be negative.")]
    [InlineData("Flowable:NumberOfTasks", "many", "Flowable:NumberOfTasks must be a whole number, not 'many'.")]
    [InlineData("Flowable:NumberOfRetries", "0", "Flowable:NumberOfRetries = 0 is out of range: NumberOfRetries must be at least 1: Flowable acquires nothing, without an error, when it is 0.")]
    [InlineData("Flowable:Workers:chargeCard:ScopeType", "dmn", "Flowable:Workers:chargeCard:ScopeType must be Any, Bpmn or Cmmn, not 'dmn'.")]
    [InlineData("Flowable:Workers:chargeCrad:MaxConcurrency", "2", "Flowable:Workers:chargeCrad matches no worker; the workers' topics are: chargeCard.")]
    [InlineData("Flowable:Auth:Basic:User", "admin", "Flowable:Auth:Basic:Password is required when Flowable:Auth:Basic:User is set.")]
    [InlineData("Flowable:RequestTimeout", "00:00:00", "Flowable:RequestTimeout must be positive (was 00:00:00).")]
    [InlineData("Flowable:ShutdownGracePeriod", "-PT1S", "Flowable:ShutdownGracePeriod must not be negative (was -00:00:01).")]
    [InlineData("Flowable:UnhealthyAfterPollFailures", "0", "Flowable:UnhealthyAfterPollFailures must be ≥ 1 (was 0).")]
    [InlineData("Flowable:ErrorBackoffMaxDelay", "00:00:00.010", "Flowable:ErrorBackoffMaxDelay = PT0.01S is out of range: ErrorBackoffMaxDelay must not be shorter than ErrorBackoffInitialDelay.")]
    public async Task A_bad_value_stops_the_host_at_start_up_with_a_message_naming_the_key(string key, string value, string expected)
    {
        await using var host = WorkerHost.Create(null, [ExternalWorkerDefinition.For<ChargeCardWorker>()], new Dictionary<string, string?> { [key] = value });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Contains(expected, exception.Failures);
    }

    [Fact]
    public async Task Two_kinds_of_credentials_are_rejected_without_showing_them()
    {
        await using var host = WorkerHost.Create(null, [ExternalWorkerDefinition.For<ChargeCardWorker>()], new Dictionary<string, string?>
        {
            ["Flowable:Auth:Token"] = "token-secret-1",
            ["Flowable:Auth:CloudToken"] = "token-secret-2",
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Equal(["Flowable:Auth must set only one of Basic, Token and CloudToken."], exception.Failures);
        Assert.DoesNotContain("token-secret", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_workers_on_one_topic_are_rejected()
    {
        var duplicate = ExternalWorkerDefinition.For<TelemetryWorker>() with { };
        await using var host = WorkerHost.Create(null, [ExternalWorkerDefinition.For<TelemetryWorker>(), duplicate]);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Contains(
            "Several workers handle topic 'hosting.telemetry': Flowable.Workers.Typed.Hosting.Tests.Workers.TelemetryWorker, Flowable.Workers.Typed.Hosting.Tests.Workers.TelemetryWorker.",
            exception.Failures);
    }
}
