using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Rest;

/// <summary>One page of <c>GET /jobs</c>: Flowable's <c>DataResponse</c> envelope.</summary>
public sealed record ExternalWorkerJobPage
{
    /// <summary>The jobs of this page (without variables).</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<ExternalWorkerJob> Data { get; init => field = value ?? []; } = [];

    /// <summary>How many jobs match the query in all.</summary>
    [JsonPropertyName("total")]
    public long Total { get; init; }

    /// <summary>The index of the first job of this page.</summary>
    [JsonPropertyName("start")]
    public int Start { get; init; }

    /// <summary>The property the jobs are sorted by (<c>id</c> by default).</summary>
    [JsonPropertyName("sort")]
    public string? Sort { get; init; }

    /// <summary>The sort order, <c>asc</c> or <c>desc</c>.</summary>
    [JsonPropertyName("order")]
    public string? Order { get; init; }

    /// <summary>How many jobs this page holds (not the requested page size).</summary>
    [JsonPropertyName("size")]
    public int Size { get; init; }
}
