using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Rest;

namespace Flowable.Workers.Typed.Tests.Replay;

/// <summary>
/// Replays every recorded exchange with Flowable's external job API: the SDK must send what Flowable's Python client
/// sent (method, path, query, JSON body field for field, Basic credentials) and must read what Flowable answered.
/// </summary>
public sealed class RecordingReplayTests(ReplayServer server) : IClassFixture<ReplayServer>
{
    public static TheoryData<string, int> Interactions => RecordingLibrary.ExternalJobInteractions();

    [Fact]
    public void Every_recording_file_is_found()
    {
        var files = RecordingLibrary.RecordingFiles().ToList();

        Assert.Contains("test_acquire_jobs.json", files);
        Assert.Contains("rpaframework/test_with_robot.json", files);
        Assert.True(Interactions.Count >= 60, $"only {Interactions.Count} interactions found in {RecordingLibrary.Directory}");
    }

    [Theory]
    [MemberData(nameof(Interactions))]
    public async Task Sdk_sends_the_recorded_request_and_reads_the_recorded_response(string file, int index)
    {
        var recorded = RecordingLibrary.Load(file, index);
        server.Replay(recorded);
        var api = FlowableExternalJobApi.Create(new FlowableApiOptions
        {
            FlowableUrl = new Uri(server.BaseAddress, recorded.ContextPath + "/"),
            Authentication = BasicFrom(recorded.Authorization),
        });

        Exception? error = null;
        object? result = null;
        try
        {
            result = await RecordedCall.InvokeAsync(api, recorded);
        }
        catch (FlowableApiException exception)
        {
            error = exception;
        }

        AssertRequestMatches(recorded, server.Received ?? throw new InvalidOperationException("No request reached the replay server."));
        if (recorded.Status >= 400)
        {
            AssertErrorMatches(recorded, Assert.IsAssignableFrom<FlowableApiException>(error));
        }
        else
        {
            Assert.Null(error);
            AssertResultMatches(recorded, result);
        }
    }

    private static FlowableAuthentication? BasicFrom(string? authorization)
    {
        if (authorization is null)
        {
            return null;
        }

        Assert.StartsWith("Basic ", authorization, StringComparison.Ordinal);
        var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..])).Split(':', 2);
        return new BasicAuthentication(credentials[0], credentials[1]);
    }

    private static void AssertRequestMatches(RecordedInteraction recorded, ReceivedRequest received)
    {
        Assert.Equal(recorded.Method, received.Method);
        Assert.Equal(recorded.Uri.AbsolutePath, received.Path);
        Assert.Equal(
            recorded.Query.OrderBy(pair => pair.Key, StringComparer.Ordinal),
            RecordedInteraction.ParseQuery(received.QueryString).OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(recorded.Authorization ?? "", received.Authorization);
        if (recorded.RequestBody is null)
        {
            Assert.Empty(received.Body);
            return;
        }

        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
        var sent = JsonNode.Parse(received.Body);
        Assert.True(
            JsonNode.DeepEquals(recorded.RequestBody, sent),
            $"recorded {recorded.RequestBody.ToJsonString()}\nsent     {sent?.ToJsonString()}");
    }

    private static void AssertResultMatches(RecordedInteraction recorded, object? result)
    {
        switch (result)
        {
            case null:
                Assert.Equal((int)HttpStatusCode.NoContent, recorded.Status);
                Assert.True(recorded.ResponseIsEmpty);
                break;
            case IReadOnlyList<ExternalWorkerJob> jobs:
                var recordedJobs = recorded.ResponseBody!.AsArray();
                Assert.Equal(recordedJobs.Count, jobs.Count);
                for (var i = 0; i < jobs.Count; i++)
                {
                    RecordedJobAssert.Matches(recordedJobs[i], jobs[i]);
                }

                break;
            case ExternalWorkerJobPage page:
                var envelope = recorded.ResponseBody!;
                Assert.Equal(envelope["total"]!.GetValue<long>(), page.Total);
                Assert.Equal(envelope["start"]!.GetValue<int>(), page.Start);
                Assert.Equal(envelope["size"]!.GetValue<int>(), page.Size);
                Assert.Equal(envelope["sort"]!.GetValue<string>(), page.Sort);
                Assert.Equal(envelope["order"]!.GetValue<string>(), page.Order);
                var data = envelope["data"]!.AsArray();
                Assert.Equal(data.Count, page.Data.Count);
                for (var i = 0; i < data.Count; i++)
                {
                    RecordedJobAssert.Matches(data[i], page.Data[i]);
                }

                break;
            case ExternalWorkerJob job:
                RecordedJobAssert.Matches(recorded.ResponseBody, job);
                break;
            default:
                Assert.Fail($"Unexpected result {result.GetType()}");
                break;
        }
    }

    private static void AssertErrorMatches(RecordedInteraction recorded, FlowableApiException error)
    {
        Assert.Equal(recorded.Status, (int)error.StatusCode);
        Assert.Equal(recorded.Method, error.RequestMethod);
        Assert.Equal(recorded.Uri.AbsolutePath, error.RequestPath);
        switch (recorded.Status)
        {
            case 401:
                var unauthorized = Assert.IsType<FlowableUnauthorizedException>(error);
                Assert.Equal(recorded.ResponseHeaders.GetValueOrDefault("WWW-Authenticate"), unauthorized.AuthenticateChallenge);
                break;
            case 404:
                Assert.IsType<FlowableNotFoundException>(error);
                break;
        }

        if (recorded.ResponseIsEmpty)
        {
            Assert.Null(error.FlowableMessage);
            Assert.Null(error.FlowableExceptionMessage);
        }
        else
        {
            Assert.Equal(recorded.ResponseBody!["message"]?.GetValue<string>(), error.FlowableMessage);
            Assert.Equal(recorded.ResponseBody["exception"]?.GetValue<string>(), error.FlowableExceptionMessage);
            Assert.EndsWith(": " + (error.FlowableExceptionMessage ?? error.FlowableMessage), error.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(recorded.Authorization!["Basic ".Length..], error.ToString(), StringComparison.Ordinal);
    }
}
