using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Rest;

/// <summary>The body of <c>POST /unacquire/jobs</c> and <c>POST /unacquire/jobs/{jobId}</c> (Flowable 7.0+): give jobs back.</summary>
public sealed record UnacquireJobsRequest
{
    /// <summary>The worker whose locks are released.</summary>
    [JsonPropertyName("workerId")]
    public required string WorkerId { get; init; }

    /// <summary>
    /// Only for <c>/unacquire/jobs</c>: when set, Flowable refuses (400) to release anything if the worker holds jobs
    /// of another tenant.
    /// </summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; init; }
}
