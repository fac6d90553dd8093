using System.Text.Json;
using System.Text.Json.Serialization;
using Flowable.Workers.Typed;

[assembly: ExternalWorkerJsonContext(typeof(HostedWorkers.Workers.SampleJsonContext))]

namespace HostedWorkers.Workers;

/// <summary>Source-generated JSON for the workers' json variables: no reflection, so trimming and NativeAOT are safe.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(List<OrderLine>))]
public sealed partial class SampleJsonContext : JsonSerializerContext;
