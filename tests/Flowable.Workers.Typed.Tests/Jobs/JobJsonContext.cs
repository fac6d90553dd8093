using System.Text.Json.Serialization;

namespace Flowable.Workers.Typed.Tests.Jobs;

/// <summary>Source-generated metadata, as the REST layer uses: proves the job's attributes work without reflection.</summary>
[JsonSerializable(typeof(List<ExternalWorkerJob>))]
[JsonSerializable(typeof(ExternalWorkerJob))]
internal sealed partial class JobJsonContext : JsonSerializerContext;
