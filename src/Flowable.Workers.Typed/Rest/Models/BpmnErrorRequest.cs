using System.Text.Json.Serialization;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Rest;

/// <summary>The body of <c>POST /acquire/jobs/{jobId}/bpmnError</c>: complete a BPMN job by throwing a BPMN error.</summary>
public sealed record BpmnErrorRequest
{
    /// <summary>The worker holding the job's lock.</summary>
    [JsonPropertyName("workerId")]
    public required string WorkerId { get; init; }

    /// <summary>The variables to set before the error is thrown; sent as <c>[]</c> when there are none.</summary>
    [JsonPropertyName("variables")]
    public IReadOnlyList<RestVariable> Variables { get; init => field = value ?? []; } = [];

    /// <summary>The BPMN error code; <see langword="null"/> (sent as <c>null</c>) is caught by any error boundary event.</summary>
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; init; }
}
