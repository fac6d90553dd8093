using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Flowable.Workers.Typed.Testing;

namespace Flowable.Workers.Typed.Throughput;

/// <summary>
/// The ceiling: the same acquire + complete work written by hand on <see cref="HttpClient"/> with pre-serialized bodies,
/// under the same rules (at most MaxConcurrency jobs in hand, each acquire asks for the free slots up to NumberOfTasks).
/// </summary>
internal static class RawHttpRun
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private const string WorkerId = "raw-bench";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private static readonly byte[] CompleteBody = Encoding.UTF8.GetBytes(
        $$"""{"workerId":"{{WorkerId}}","variables":[{"name":"total","type":"bigDecimal","value":"9.99"}]}""");

    public static async Task<Measurement> RunAsync(Setting setting, int jobs, TimeSpan timeout)
    {
        await using var emulator = await FlowableEmulator.StartNewAsync();
        BenchJobs.Create(emulator, jobs);
        using var http = new HttpClient { BaseAddress = new Uri(emulator.ApiUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
        var acquireBodies = Enumerable.Range(0, setting.NumberOfTasks + 1)
            .Select(count => Encoding.UTF8.GetBytes(
                $$"""{"topic":"{{BenchJobs.Topic}}","workerId":"{{WorkerId}}","lockDuration":"PT1M","numberOfTasks":{{count}},"numberOfRetries":5}"""))
            .ToArray();

        using var loop = new Loop(http, setting, acquireBodies, jobs);
        var measurement = await Measurement.TakeAsync(jobs, () => loop.RunAsync().WaitAsync(timeout));
        OutcomeCheck.EveryJobCompletedOnce(emulator, jobs, "raw HttpClient");
        return measurement with { Acquires = BenchJobs.AcquiresSent(emulator) };
    }

    private sealed class Loop(HttpClient http, Setting setting, byte[][] acquireBodies, int jobs) : IDisposable
    {
        private readonly SemaphoreSlim _slots = new(setting.MaxConcurrency, setting.MaxConcurrency);
        private readonly TaskCompletionSource _allDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _completed;

        public async Task RunAsync()
        {
            while (!_allDone.Task.IsCompleted)
            {
                var acquiring = _slots.WaitAsync();
                if (await Task.WhenAny(acquiring, _allDone.Task) != acquiring)
                {
                    break;
                }

                var taken = 1;
                while (taken < setting.NumberOfTasks && _slots.Wait(0))
                {
                    taken++;
                }

                var ids = await AcquireAsync(taken);
                if (taken > ids.Count)
                {
                    _slots.Release(taken - ids.Count);
                }

                foreach (var id in ids)
                {
                    _ = CompleteAsync(id);
                }

                if (ids.Count == 0 && !_allDone.Task.IsCompleted)
                {
                    await Task.Delay(PollInterval);
                }
            }

            await _allDone.Task;
        }

        public void Dispose() => _slots.Dispose();

        private async Task<List<string>> AcquireAsync(int count)
        {
            using var content = new ByteArrayContent(acquireBodies[count]);
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync("acquire/jobs", content);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            using var document = await JsonDocument.ParseAsync(body);
            var ids = new List<string>(count);
            foreach (var job in document.RootElement.EnumerateArray())
            {
                ids.Add(job.GetProperty("id").GetString()!);
            }

            return ids;
        }

        private async Task CompleteAsync(string id)
        {
            try
            {
                using var content = new ByteArrayContent(CompleteBody);
                content.Headers.ContentType = Json;
                using var response = await http.PostAsync($"acquire/jobs/{id}/complete", content);
                response.EnsureSuccessStatusCode();
                if (Interlocked.Increment(ref _completed) == jobs)
                {
                    _allDone.TrySetResult();
                }
            }
            catch (Exception exception)
            {
                _allDone.TrySetException(exception);
            }
            finally
            {
                _slots.Release();
            }
        }
    }
}
