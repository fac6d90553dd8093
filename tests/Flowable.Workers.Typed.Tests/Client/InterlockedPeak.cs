namespace Flowable.Workers.Typed.Tests.Client;

/// <summary>The highest value seen, kept by several threads at once (how many handlers ran at the same time, at most).</summary>
internal static class InterlockedPeak
{
    /// <summary>Raises <paramref name="peak"/> to <paramref name="value"/> unless it is already at least that.</summary>
    public static void Raise(ref int peak, int value)
    {
        var current = Volatile.Read(ref peak);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref peak, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
