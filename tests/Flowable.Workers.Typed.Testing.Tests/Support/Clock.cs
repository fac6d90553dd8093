using Microsoft.Extensions.Time.Testing;

namespace Flowable.Workers.Typed.Testing.Tests.Support;

public static class Clock
{
    /// <summary>The instant Flowable's own REST tests set their clock to.</summary>
    public static readonly DateTimeOffset ServerTestTime = DateTimeOffset.Parse("2020-05-08T09:25:45.583Z", System.Globalization.CultureInfo.InvariantCulture);

    public static FakeTimeProvider AtServerTestTime() => new(ServerTestTime);

    /// <summary>An emulator on a fake clock whose sweep only runs when the test advances time past the interval.</summary>
    public static Task<FlowableEmulator> StartEmulatorAsync(FakeTimeProvider clock, Action<FlowableEmulatorOptions>? configure = null)
    {
        var options = new FlowableEmulatorOptions { TimeProvider = clock, LockExpirySweepInterval = TimeSpan.FromMinutes(1) };
        configure?.Invoke(options);
        return FlowableEmulator.StartNewAsync(options);
    }
}
