using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>The jobs every run works on: the same few typed variables each.</summary>
internal static class BenchJobs
{
    public const string Topic = "bench";

    public static void Create(FlowableEmulator emulator, int count)
    {
        for (var i = 0; i < count; i++)
        {
            emulator.CreateBpmnJob(
                Topic,
                EmulatorVariable.String("sku", $"SKU-{i % 100}"),
                EmulatorVariable.Integer("quantity", (i % 7) + 1),
                EmulatorVariable.BigDecimal("price", 9.99m));
        }
    }

    public static int AcquiresSent(FlowableEmulator emulator) =>
        emulator.Requests.Count(r => r.PathAndQuery.EndsWith("/external-job-api/acquire/jobs", StringComparison.Ordinal));
}
