using Flowable.Workers.Typed.Testing.Tests.Support;

namespace Flowable.Workers.Typed.Testing.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Many_parallel_acquires_never_hand_a_job_to_two_workers()
    {
        const int jobCount = 200;
        const int workers = 16;
        await using var flowable = await FlowableEmulator.StartNewAsync();
        for (var i = 0; i < jobCount; i++)
        {
            flowable.CreateBpmnJob("busy");
        }

        using var client = new EmulatorClient(flowable);

        async Task<List<(string Job, string Worker)>> WorkAsync(string workerId)
        {
            var taken = new List<(string, string)>();
            while (true)
            {
                var jobs = await client.AcquireAsync("busy", workerId, "PT10M", numberOfTasks: 3);
                if (jobs.Count == 0)
                {
                    return taken;
                }

                taken.AddRange(jobs.Select(j => (j!["id"]!.GetValue<string>(), j["lockOwner"]!.GetValue<string>())));
            }
        }

        var results = await Task.WhenAll(Enumerable.Range(0, workers).Select(i => Task.Run(() => WorkAsync($"worker-{i}"))));

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(jobCount, all.Count);
        Assert.Equal(jobCount, all.Select(a => a.Job).Distinct().Count());
        Assert.All(all, a => Assert.Equal(a.Worker, flowable.GetJob(a.Job).LockOwner));
        Assert.All(flowable.Jobs, job => Assert.Single(job.History, e => e.Kind == EmulatorJobEventKind.Acquired));
    }

    [Fact]
    public async Task Parallel_completions_of_one_job_succeed_exactly_once()
    {
        await using var flowable = await FlowableEmulator.StartNewAsync();
        var jobId = flowable.CreateBpmnJob("simple");
        using var client = new EmulatorClient(flowable);
        await client.AcquireOneAsync("simple");

        var calls = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            client.PostAsync($"acquire/jobs/{jobId}/complete", """{"workerId":"testWorker"}""")));

        Assert.Single(calls, c => c.StatusCode == 204);
        Assert.All(calls.Where(c => c.StatusCode != 204), c => Assert.Equal(404, c.StatusCode));
        Assert.Single(flowable.Outcomes);
    }
}
