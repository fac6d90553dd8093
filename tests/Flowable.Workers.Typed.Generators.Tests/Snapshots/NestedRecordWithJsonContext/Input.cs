// The sample workers are not documented; CS1591 stays on for the generated files.
#pragma warning disable CS1591

using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Flowable.Workers.Typed;

[assembly: ExternalWorkerJsonContext(typeof(Samples.Nested.AppJsonContext))]

namespace Samples.Nested;

public sealed record Claim(string Id, decimal Amount);

// Stands in for a [JsonSerializable] context: the System.Text.Json generator does not run in this test.
public sealed class AppJsonContext : JsonSerializerContext
{
    public AppJsonContext()
        : base(null)
    {
    }

    public static AppJsonContext Default { get; } = new();

    protected override JsonSerializerOptions? GeneratedSerializerOptions => null;

    public override JsonTypeInfo? GetTypeInfo(Type type) => null;
}

public static partial class Claims
{
    [ExternalWorker("escalateClaim", LockDuration = "P1DT2H30M")]
    public partial record Escalate
    {
        public async Task<WorkerResult> HandleAsync(Claim claim, IReadOnlyDictionary<string, Claim>? related, CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken);
            return WorkerResult.Complete();
        }
    }
}
