using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Flowable.Workers.Typed.Hosting.Tests.Workers;

/// <summary>Reports which scoped instance it got, and whether the job's scope gives the same one again.</summary>
[ExternalWorker("hosting.scoped", MaxConcurrency = 4, NumberOfTasks = 4)]
public sealed partial class ScopedWorker(JobScopeProbe probe, IServiceProvider services, ConcurrentBag<JobScopeProbe> seen)
{
    public ScopedResult Handle(string name)
    {
        seen.Add(probe);
        return new ScopedResult(probe.Id.ToString(), ReferenceEquals(probe, services.GetRequiredService<JobScopeProbe>()), $"Hello {name}");
    }
}

public sealed record ScopedResult(string ProbeId, bool SameInScope, string Greeting);
