using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Rest;

/// <summary>
/// Source-generated System.Text.Json metadata for every body of the external job API, so the client runs without
/// reflection (trimmed and NativeAOT). Nulls are written, as Flowable's own clients send them. Jobs are read by
/// <see cref="ExternalWorkerJobJsonConverter"/> (the acquire answer is the hot path).
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, Converters = [typeof(ExternalWorkerJobJsonConverter)])]
[JsonSerializable(typeof(AcquireJobsRequest))]
[JsonSerializable(typeof(CompleteJobRequest))]
[JsonSerializable(typeof(BpmnErrorRequest))]
[JsonSerializable(typeof(CmmnTerminateRequest))]
[JsonSerializable(typeof(FailJobRequest))]
[JsonSerializable(typeof(UnacquireJobsRequest))]
[JsonSerializable(typeof(IReadOnlyList<ExternalWorkerJob>))]
[JsonSerializable(typeof(ExternalWorkerJob))]
[JsonSerializable(typeof(ExternalWorkerJobPage))]
internal sealed partial class FlowableJsonContext : JsonSerializerContext;
