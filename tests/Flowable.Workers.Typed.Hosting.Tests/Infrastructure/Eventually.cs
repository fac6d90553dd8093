namespace Flowable.Workers.Typed.Hosting.Tests.Infrastructure;

/// <summary>Waits for a condition instead of sleeping; the timeout is generous because the machine is shared.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task WaitAsync(Func<bool> condition, string description)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {description}.");
            }

            await Task.Delay(10);
        }
    }

    public static async Task WaitAsync(Func<Task<bool>> condition, string description)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {description}.");
            }

            await Task.Delay(10);
        }
    }
}
