using Flowable.Workers.Typed.Generators.Tests.Binding.Workers;
using static Flowable.Workers.Typed.Generators.Tests.Binding.TestJobs;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>A <c>DateTime</c> parameter reads a <c>localDateTime</c> as a wall clock, and a wall clock output stays one.</summary>
public sealed class LocalDateTimeTests
{
    [Fact]
    public async Task A_local_date_time_binds_to_DateTime_and_is_written_back_as_local_date_time()
    {
        var result = await ExecuteAsync(new WallClockWorker(), With(Variable("due", "localDateTime", "\"2026-03-01T09:30:00\"")));

        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Equal(
            ["due:localDateTime=\"2026-03-01T10:30:00.000\"", "sentAt:date=\"2026-01-02T03:04:05.000Z\""],
            result.Variables.Select(Render));
    }
}
