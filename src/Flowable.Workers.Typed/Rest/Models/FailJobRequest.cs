using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Rest;

/// <summary>
/// The body of <c>POST /acquire/jobs/{jobId}/fail</c>: report a technical failure. Unset fields are sent as
/// <c>null</c>, which Flowable reads as "clear the message" and "take one retry, retry at once".
/// </summary>
public sealed record FailJobRequest
{
    /// <summary>The worker holding the job's lock.</summary>
    [JsonPropertyName("workerId")]
    public required string WorkerId { get; init; }

    /// <summary>Stored as the job's <c>exceptionMessage</c>.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }

    /// <summary>Stored as the job's exception stack trace (not returned by the API).</summary>
    [JsonPropertyName("errorDetails")]
    public string? ErrorDetails { get; init; }

    /// <summary>The job's new retry count; <see langword="null"/> means the current count minus one, <c>0</c> moves the job to the dead letter jobs.</summary>
    [JsonPropertyName("retries")]
    public int? Retries { get; init; }

    /// <summary>How long before the job can be acquired again; sent as an ISO-8601 duration.</summary>
    [JsonPropertyName("retryTimeout")]
    [JsonConverter(typeof(NullableIsoDurationJsonConverter))]
    public TimeSpan? RetryTimeout { get; init; }
}
