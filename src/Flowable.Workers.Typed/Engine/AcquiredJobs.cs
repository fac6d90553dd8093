using Flowable.Workers.Typed.Rest;

namespace Flowable.Workers.Typed.Engine;

/// <summary>Jobs returned by one acquire, and when that acquire was sent (the start of their locks, at the latest).</summary>
internal readonly record struct AcquiredJobs(IReadOnlyList<ExternalWorkerJob> Jobs, DateTimeOffset RequestedAt);
