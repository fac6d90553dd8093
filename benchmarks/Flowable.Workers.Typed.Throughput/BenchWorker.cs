namespace Flowable.Workers.Typed.Throughput;

/// <summary>The trivial typed worker measured: three typed variables in, one typed variable out.</summary>
[ExternalWorker(Topic)]
internal sealed partial class BenchWorker
{
    /// <summary>The topic the emulator host creates its jobs on.</summary>
    public const string Topic = "bench";

#pragma warning disable CA1822 // The generated adapter calls Handle on a worker instance, as for any worker.
    public BenchResult Handle(string sku, int quantity, decimal price) => new(quantity * price);
#pragma warning restore CA1822
}

internal sealed record BenchResult(decimal Total);
