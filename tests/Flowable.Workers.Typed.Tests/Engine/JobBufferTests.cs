using Flowable.Workers.Typed.Engine;

namespace Flowable.Workers.Typed.Tests.Engine;

/// <summary>The local buffer's own rules: first in, first out; nothing is taken once the subscription stops; closing hands over the rest.</summary>
public sealed class JobBufferTests
{
    [Fact]
    public void Jobs_are_taken_in_the_order_they_were_acquired()
    {
        var runs = Runs("a", "b");
        var buffer = new JobBuffer(CancellationToken.None);
        Array.ForEach(runs, buffer.Add);

        Assert.True(buffer.TryTake(out var first));
        Assert.True(buffer.TryTake(out var second));
        Assert.False(buffer.TryTake(out _));
        Assert.Equal(["a", "b"], [first.Job.Id, second.Job.Id]);
        Array.ForEach(runs, run => run.End());
    }

    [Fact]
    public void Once_the_subscription_stops_no_job_is_taken_and_closing_hands_over_every_job_left()
    {
        using var stopping = new CancellationTokenSource();
        var runs = Runs("a", "b", "c");
        var buffer = new JobBuffer(stopping.Token);
        buffer.Add(runs[0]);
        buffer.Add(runs[1]);

        stopping.Cancel();
        var taken = buffer.TryTake(out _);
        var left = buffer.Close();

        Assert.False(taken);
        Assert.Equal(["a", "b"], left.Select(run => run.Job.Id));
        Assert.Equal(0, buffer.Count);
        Assert.Throws<InvalidOperationException>(() => buffer.Add(runs[2]));
        Array.ForEach(runs, run => run.End());
    }

    /// <summary>Runs of one acquire, sharing its deadline (released when each run ends).</summary>
    private static JobRun[] Runs(params string[] ids)
    {
        var deadline = new BatchDeadline(DateTimeOffset.UtcNow.AddMinutes(1), TimeSpan.FromMinutes(1), ids.Length, TimeProvider.System, CancellationToken.None);
        return [.. ids.Select(id => new JobRun(new ExternalWorkerJob { Id = id }, 1, deadline))];
    }
}
