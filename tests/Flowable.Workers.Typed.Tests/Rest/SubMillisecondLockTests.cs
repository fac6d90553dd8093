using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Rest;
using Flowable.Workers.Typed.Tests.Rest.Stubs;

namespace Flowable.Workers.Typed.Tests.Rest;

/// <summary>A positive lock duration shorter than Flowable's millisecond is sent as one millisecond, never as <c>PT0S</c>.</summary>
public sealed class SubMillisecondLockTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(5_000L)]
    [InlineData(9_999L)]
    public async Task A_lock_under_a_millisecond_is_sent_rounded_up(long ticks)
    {
        var handler = new StubHandler(_ => StubResponses.Json(System.Net.HttpStatusCode.OK, "[]"));

        await TestApis.Over(handler).AcquireJobsAsync(new AcquireJobsRequest
        {
            Topic = "t",
            LockDuration = TimeSpan.FromTicks(ticks),
            WorkerId = "w",
        });

        Assert.Equal("PT0.001S", JsonNode.Parse(handler.Single.Body!)!["lockDuration"]!.GetValue<string>());
    }
}
