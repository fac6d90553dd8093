using System.Text.Json.Serialization;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Rest;

/// <summary>The body of <c>POST /acquire/jobs/{jobId}/cmmnTerminate</c>: end a CMMN job's plan item with a terminate transition.</summary>
public sealed record CmmnTerminateRequest
{
    /// <summary>The worker holding the job's lock.</summary>
    [JsonPropertyName("workerId")]
    public required string WorkerId { get; init; }

    /// <summary>The variables to set before the plan item terminates; sent as <c>[]</c> when there are none.</summary>
    [JsonPropertyName("variables")]
    public IReadOnlyList<RestVariable> Variables { get; init => field = value ?? []; } = [];
}
