namespace Flowable.Workers.Typed.Tests.Client;

public sealed class ContentLengthTests
{
    [Fact]
    public async Task Request_bodies_are_sent_whole_with_a_content_length_not_chunked()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("work");

        await using var subscription = flowable.Client.Subscribe(
            "work", (job, result, ct) => result.Success().Variable("done", true), EmulatedFlowable.FastOptions());
        await flowable.Emulator.WaitForOutcomeAsync(jobId, EmulatedFlowable.Timeout);

        var posts = flowable.Emulator.Requests.Where(r => r.Method == "POST").Take(2).ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, request =>
        {
            Assert.False(request.Headers.ContainsKey("Transfer-Encoding"), $"{request.PathAndQuery} was sent chunked");
            Assert.Equal(request.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Headers["Content-Length"]);
        });
    }
}
