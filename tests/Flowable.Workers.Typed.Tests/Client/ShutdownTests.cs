using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Tests.Client;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_cancels_a_running_handler_and_gives_its_job_back_without_failing_it()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlerSawCancellation = false;

        var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                started.SetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                    handlerSawCancellation = true;
                    throw;
                }

                return result.Success();
            },
            EmulatedFlowable.FastOptions());
        await started.Task.WaitAsync(EmulatedFlowable.Timeout);

        await subscription.StopAsync().WaitAsync(EmulatedFlowable.Timeout);

        var job = flowable.Emulator.GetJob(jobId);
        Assert.True(handlerSawCancellation);
        Assert.True(subscription.Completion.IsCompletedSuccessfully);
        Assert.True(job.IsActive);
        Assert.Null(job.LockOwner);
        Assert.Equal(3, job.Retries);
        Assert.Equal(EmulatorJobEventKind.Unacquired, job.History[^1].Kind);
        Assert.DoesNotContain(job.History, e => e.Kind == EmulatorJobEventKind.Failed);
    }

    [Fact]
    public async Task Stopping_cancels_a_handler_that_blocks_its_thread_on_the_only_slot()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        using var started = new ManualResetEventSlim();
        var handlerSawCancellation = false;

        // One slot: the loop runs the job's synchronous part itself; a handler that never yields must still be
        // cancelled by the stop, not only by its lock deadline (minutes away).
        var options = EmulatedFlowable.FastOptions();
        options.LockDuration = TimeSpan.FromMinutes(10);
        var subscription = flowable.Client.Subscribe(
            "work",
            (job, result, ct) =>
            {
                started.Set();
                handlerSawCancellation = ct.WaitHandle.WaitOne(TimeSpan.FromMinutes(5));
                ct.ThrowIfCancellationRequested();
                return result.Success();
            },
            options);
        Assert.True(started.Wait(EmulatedFlowable.Timeout));

        await subscription.StopAsync().WaitAsync(EmulatedFlowable.Timeout);

        var job = flowable.Emulator.GetJob(jobId);
        Assert.True(handlerSawCancellation);
        Assert.True(job.IsActive);
        Assert.Null(job.LockOwner);
        Assert.Equal(EmulatorJobEventKind.Unacquired, job.History[^1].Kind);
        Assert.DoesNotContain(job.History, e => e.Kind == EmulatorJobEventKind.Failed);
    }

    [Fact]
    public async Task Jobs_acquired_while_stopping_are_given_back_without_being_started()
    {
        using var gate = new HoldAcquireResponse();
        await using var flowable = await EmulatedFlowable.StartAsync(configureClient: client => client.HttpMessageHandler = gate);
        var jobIds = Enumerable.Range(0, 3).Select(_ => flowable.Emulator.CreateCmmnJob("work")).ToList();
        var handled = 0;

        var subscription = flowable.Client.Subscribe(
            "work",
            (job, result, ct) =>
            {
                Interlocked.Increment(ref handled);
                return null;
            },
            EmulatedFlowable.FastOptions(maxConcurrency: 3, numberOfTasks: 3));
        await gate.Held.WaitAsync(EmulatedFlowable.Timeout);
        Assert.All(jobIds, id => Assert.Equal(EmulatedFlowable.WorkerId, flowable.Emulator.GetJob(id).LockOwner));

        var stopping = subscription.StopAsync();
        gate.Release();
        await stopping.WaitAsync(EmulatedFlowable.Timeout);

        Assert.Equal(0, handled);
        Assert.All(jobIds, id =>
        {
            var job = flowable.Emulator.GetJob(id);
            Assert.Null(job.LockOwner);
            Assert.Equal(3, job.Retries);
            Assert.DoesNotContain(job.History, e => e.Kind == EmulatorJobEventKind.Failed);
        });
        Assert.Equal(3, flowable.Emulator.Requests.Count(r => r.PathAndQuery.Contains("/unacquire/jobs/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_the_unacquire_endpoint_a_stopped_job_is_left_to_its_lock_expiry_and_not_failed()
    {
        await using var flowable = await EmulatedFlowable.StartAsync(new FlowableEmulatorOptions { SupportsUnacquire = false });
        var jobId = flowable.Emulator.CreateBpmnJob("work");

        await flowable.StopWhileAJobRunsAsync("work");

        var job = flowable.Emulator.GetJob(jobId);
        Assert.Equal(EmulatedFlowable.WorkerId, job.LockOwner);
        Assert.DoesNotContain(job.History, e => e.Kind == EmulatorJobEventKind.Failed);
        Assert.Contains(flowable.Logs.GetSnapshot(), log => log.Id.Id == 41);
    }

    [Fact]
    public async Task A_handler_that_finishes_within_the_grace_period_has_its_result_sent()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var jobId = flowable.Emulator.CreateBpmnJob("work");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = EmulatedFlowable.FastOptions();
        options.ShutdownGracePeriod = EmulatedFlowable.Timeout;

        var subscription = flowable.Client.Subscribe(
            "work",
            async (job, result, ct) =>
            {
                started.SetResult();
                await finish.Task;
                return result.Success().Variable("finished", true);
            },
            options);
        await started.Task.WaitAsync(EmulatedFlowable.Timeout);

        var stopping = subscription.StopAsync();
        Assert.True(subscription.IsStopping);
        Assert.False(stopping.IsCompleted);
        finish.SetResult();
        await stopping.WaitAsync(EmulatedFlowable.Timeout);

        var outcome = flowable.Emulator.GetJob(jobId).Outcome;
        Assert.NotNull(outcome);
        Assert.Equal(EmulatorOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(EmulatorVariable.Boolean("finished", true), outcome.Variable("finished"));
    }

    [Fact]
    public async Task Cancelling_the_token_given_to_Subscribe_stops_the_subscription()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        using var cancellation = new CancellationTokenSource();

        var subscription = flowable.Client.Subscribe("work", (job, result, ct) => null, EmulatedFlowable.FastOptions(), cancellation.Token);
        await EmulatedFlowable.WaitUntilAsync(() => flowable.RequestsTo("/acquire/jobs").Count > 0, "the first acquire");
        await cancellation.CancelAsync();
        await subscription.Completion.WaitAsync(EmulatedFlowable.Timeout);

        var acquiresAfterStop = flowable.RequestsTo("/acquire/jobs").Count;
        var late = flowable.Emulator.CreateBpmnJob("work");
        Assert.True(subscription.IsStopping);
        Assert.Null(flowable.Emulator.GetJob(late).LockOwner);
        Assert.Equal(acquiresAfterStop, flowable.RequestsTo("/acquire/jobs").Count);
        Assert.Contains(flowable.Logs.GetSnapshot(), log => log.Message == "Subscription to topic 'work' stopped");
    }

    [Fact]
    public async Task Disposing_the_client_stops_its_subscriptions()
    {
        await using var flowable = await EmulatedFlowable.StartAsync();
        var first = flowable.Client.Subscribe("a", (job, result, ct) => null, EmulatedFlowable.FastOptions());
        var second = flowable.Client.Subscribe("b", (job, result, ct) => null, EmulatedFlowable.FastOptions());

        await flowable.Client.DisposeAsync();

        Assert.True(first.Completion.IsCompletedSuccessfully);
        Assert.True(second.Completion.IsCompletedSuccessfully);
    }

    /// <summary>Holds the first acquire response (after the server locked the jobs) until released.</summary>
    private sealed class HoldAcquireResponse() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Held => _held.Task;

        public void Release() => _release.TrySetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath.EndsWith("/acquire/jobs", StringComparison.Ordinal) && _held.TrySetResult())
            {
                await _release.Task.WaitAsync(cancellationToken);
            }

            return response;
        }
    }
}
