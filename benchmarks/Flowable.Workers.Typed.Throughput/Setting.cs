namespace Flowable.Workers.Typed.Throughput;

/// <summary>One point of the benchmark grid: how many handlers run at once and how many jobs one acquire asks for.</summary>
internal readonly record struct Setting(int MaxConcurrency, int NumberOfTasks)
{
    public static readonly Setting[] Grid = [new(1, 1), new(1, 10), new(4, 1), new(4, 10), new(16, 1), new(16, 10)];

    public override string ToString() => $"MaxConcurrency {MaxConcurrency,2}, NumberOfTasks {NumberOfTasks,2}";
}
