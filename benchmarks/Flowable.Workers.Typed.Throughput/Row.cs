namespace Flowable.Workers.Typed.Throughput;

/// <summary>
/// One row of the table: the SDK's NumberOfTasks and MaxConcurrency, and how many acquire-then-complete loops the raw
/// client runs for the same concurrency.
/// </summary>
internal readonly record struct Row(int NumberOfTasks, int MaxConcurrency, int RawLoops)
{
    public static readonly Row[] Grid = [new(1, 1, 1), new(10, 1, 1), new(10, 4, 4), new(10, 16, 16)];

    public string Label => RawLoops == 1 ? $"{NumberOfTasks} / {MaxConcurrency}" : $"{NumberOfTasks} / {MaxConcurrency} (raw: {RawLoops} loops)";
}
