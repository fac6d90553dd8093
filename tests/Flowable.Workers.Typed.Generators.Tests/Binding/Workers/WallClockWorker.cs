namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

public sealed record WallClock(DateTime Due, DateTime SentAt);

/// <summary>Reads a <c>localDateTime</c> into a <see cref="DateTime"/> and writes a wall clock and a UTC time back.</summary>
[ExternalWorker("wallClock")]
public sealed partial class WallClockWorker
{
    public WallClock Handle(DateTime due) => new(due.AddHours(1), new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));
}
