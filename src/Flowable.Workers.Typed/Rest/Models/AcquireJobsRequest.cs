using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Rest;

/// <summary>The body of <c>POST /acquire/jobs</c>: which jobs to lock, for how long, for whom.</summary>
public sealed record AcquireJobsRequest
{
    private readonly int _numberOfTasks = 1;
    private readonly int _numberOfRetries = 5;

    /// <summary>The topic of the external worker tasks (exact match).</summary>
    [JsonPropertyName("topic")]
    public required string Topic { get; init; }

    /// <summary>How long the acquired jobs stay locked to this worker; sent as an ISO-8601 duration (<c>PT1M</c>).</summary>
    [JsonPropertyName("lockDuration")]
    [JsonConverter(typeof(IsoDurationJsonConverter))]
    public required TimeSpan LockDuration { get; init; }

    /// <summary>The most jobs to lock in this call (at least 1; default 1).</summary>
    [JsonPropertyName("numberOfTasks")]
    public int NumberOfTasks
    {
        get => _numberOfTasks;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _numberOfTasks = value;
        }
    }

    /// <summary>
    /// How often Flowable retries the acquisition after an optimistic-locking conflict with another worker (at least 1;
    /// default 5). Not the job's retries.
    /// </summary>
    [JsonPropertyName("numberOfRetries")]
    public int NumberOfRetries
    {
        get => _numberOfRetries;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _numberOfRetries = value;
        }
    }

    /// <summary>The worker's id; Flowable records it as the jobs' lock owner.</summary>
    [JsonPropertyName("workerId")]
    public required string WorkerId { get; init; }

    /// <summary>Restricts acquisition to process or case jobs; <see cref="Typed.ScopeType.Any"/> is sent as <c>null</c>.</summary>
    [JsonPropertyName("scopeType")]
    [JsonConverter(typeof(ScopeTypeJsonConverter))]
    public ScopeType ScopeType { get; init; }
}
