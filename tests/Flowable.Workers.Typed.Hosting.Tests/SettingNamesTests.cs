using Flowable.Workers.Typed.Hosting.Tests.Infrastructure;
using Flowable.Workers.Typed.Hosting.Tests.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Flowable.Workers.Typed.Hosting.Tests;

/// <summary>A key under <c>Flowable</c> that is no setting stops start-up, with the setting it was probably meant to be.</summary>
public sealed class SettingNamesTests
{
    [Theory]
    [InlineData("Flowable:PolInterval", "unknown setting 'Flowable:PolInterval'; did you mean 'Flowable:PollInterval'?")]
    [InlineData("Flowable:Workers:chargeCard:MaxConcurency", "unknown setting 'Flowable:Workers:chargeCard:MaxConcurency'; did you mean 'Flowable:Workers:chargeCard:MaxConcurrency'?")]
    [InlineData("Flowable:Workers:chargeCard:RequestTimeout", "unknown setting 'Flowable:Workers:chargeCard:RequestTimeout'; the settings here are LockDuration, PollInterval, NumberOfTasks, NumberOfRetries, MaxConcurrency, ScopeType, BindingFailureRetries, MaxLockOverruns, ErrorBackoffInitialDelay, ErrorBackoffMaxDelay.")]
    [InlineData("Flowable:Auth:Basic:Pasword", "unknown setting 'Flowable:Auth:Basic:Pasword'; did you mean 'Flowable:Auth:Basic:Password'?")]
    [InlineData("Flowable:Auth:CloudTokn", "unknown setting 'Flowable:Auth:CloudTokn'; did you mean 'Flowable:Auth:CloudToken'?")]
    [InlineData("Flowable:Uri", "unknown setting 'Flowable:Uri'; did you mean 'Flowable:Url'?")]
    [InlineData("Flowable:MaxLockOverrun", "unknown setting 'Flowable:MaxLockOverrun'; did you mean 'Flowable:MaxLockOverruns'?")]
    [InlineData("Flowable:Colour", "unknown setting 'Flowable:Colour'; the settings here are Url, WorkerId, RequestTimeout, ShutdownGracePeriod, UnhealthyAfterPollFailures, Auth, Workers, LockDuration, PollInterval, NumberOfTasks, NumberOfRetries, MaxConcurrency, ScopeType, BindingFailureRetries, MaxLockOverruns, ErrorBackoffInitialDelay, ErrorBackoffMaxDelay.")]
    public async Task A_mistyped_setting_stops_start_up_naming_the_setting_meant(string key, string expected)
    {
        await using var host = WorkerHost.Create(null, [ExternalWorkerDefinition.For<ChargeCardWorker>()], new Dictionary<string, string?> { [key] = "2" });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Equal([expected], exception.Failures);
    }

    [Fact]
    public void Every_known_setting_is_accepted_in_any_case()
    {
        var settings = new Dictionary<string, string?>
        {
            ["flowable:url"] = "http://127.0.0.1:9",
            ["FLOWABLE:WORKERID"] = "w",
            ["Flowable:requestTimeout"] = "PT5S",
            ["Flowable:ShutdownGracePeriod"] = "PT5S",
            ["Flowable:UnhealthyAfterPollFailures"] = "2",
            ["Flowable:Auth:Basic:User"] = "admin",
            ["Flowable:Auth:basic:password"] = "test",
            ["Flowable:bindingFailureRetries"] = "1",
            ["Flowable:MaxLockOverruns"] = "2",
            ["Flowable:Workers:chargeCard:PollInterval"] = "PT1S",
            ["Flowable:Workers:chargeCard:maxlockoverruns"] = "4",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new FlowableWorkersOptions();

        FlowableWorkersConfigurationBinder.Bind(configuration.GetSection(FlowableWorkersOptions.SectionName), options);

        Assert.Empty(options.ConfigurationErrors);
        Assert.Equal(4, options.Workers["chargeCard"].MaxLockOverruns);
    }
}
