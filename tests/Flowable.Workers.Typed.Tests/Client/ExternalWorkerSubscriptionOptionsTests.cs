namespace Flowable.Workers.Typed.Tests.Client;

public sealed class ExternalWorkerSubscriptionOptionsTests
{
    [Fact]
    public void Defaults_follow_the_official_clients()
    {
        var options = new ExternalWorkerSubscriptionOptions();

        Assert.Equal(TimeSpan.FromMinutes(1), options.LockDuration);
        Assert.Equal(1, options.NumberOfTasks);
        Assert.Equal(5, options.NumberOfRetries);
        Assert.Equal(TimeSpan.FromSeconds(30), options.PollInterval);
        Assert.Equal(ScopeType.Any, options.ScopeType);
        Assert.Equal(1, options.MaxConcurrency);
        Assert.Null(options.WorkerId);
        Assert.Equal(0, options.BindingFailureRetries);
        Assert.Equal(3, options.MaxLockOverruns);
        options.Validate();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NumberOfRetries_below_one_is_rejected_because_Flowable_would_silently_acquire_nothing(int retries)
    {
        var options = new ExternalWorkerSubscriptionOptions { NumberOfRetries = retries };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(nameof(options.NumberOfRetries), error.ParamName);
        Assert.Contains("acquires nothing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void NumberOfTasks_below_one_is_rejected(int tasks)
    {
        var options = new ExternalWorkerSubscriptionOptions { NumberOfTasks = tasks };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(nameof(options.NumberOfTasks), error.ParamName);
    }

    public static TheoryData<Action<ExternalWorkerSubscriptionOptions>, string> InvalidSettings => new()
    {
        { o => o.LockDuration = TimeSpan.Zero, nameof(ExternalWorkerSubscriptionOptions.LockDuration) },
        { o => o.PollInterval = TimeSpan.FromSeconds(-1), nameof(ExternalWorkerSubscriptionOptions.PollInterval) },
        { o => o.MaxConcurrency = 0, nameof(ExternalWorkerSubscriptionOptions.MaxConcurrency) },
        { o => o.ScopeType = (ScopeType)17, nameof(ExternalWorkerSubscriptionOptions.ScopeType) },
        { o => o.BindingFailureRetries = -1, nameof(ExternalWorkerSubscriptionOptions.BindingFailureRetries) },
        { o => o.MaxLockOverruns = 0, nameof(ExternalWorkerSubscriptionOptions.MaxLockOverruns) },
        { o => o.WorkerId = " ", nameof(ExternalWorkerSubscriptionOptions.WorkerId) },
        { o => o.ShutdownGracePeriod = TimeSpan.FromSeconds(-1), nameof(ExternalWorkerSubscriptionOptions.ShutdownGracePeriod) },
        { o => o.ErrorBackoffInitialDelay = TimeSpan.Zero, nameof(ExternalWorkerSubscriptionOptions.ErrorBackoffInitialDelay) },
        { o => o.ErrorBackoffMaxDelay = TimeSpan.FromMilliseconds(1), nameof(ExternalWorkerSubscriptionOptions.ErrorBackoffMaxDelay) },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Each_setting_out_of_range_is_named_in_the_error(Action<ExternalWorkerSubscriptionOptions> change, string setting)
    {
        var options = new ExternalWorkerSubscriptionOptions();
        change(options);

        var error = Assert.ThrowsAny<ArgumentException>(options.Validate);

        Assert.Equal(setting, error.ParamName);
    }
}
