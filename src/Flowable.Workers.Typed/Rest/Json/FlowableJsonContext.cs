using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Rest;

/// <summary>
/// Source-generated System.Text.Json metadata for every body of the external job API, so the client runs without
/// reflection (trimmed and NativeAOT). Nulls are written, as Flowable's own clients send them. Jobs are read by
/// <see cref="ExternalWorkerJobJsonConverter"/> (the acquire answer is the hot path), named on the job type rather
/// than in these options: a converter in the options would turn off the generated fast path that writes the request
/// bodies without a serialization stack.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
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
