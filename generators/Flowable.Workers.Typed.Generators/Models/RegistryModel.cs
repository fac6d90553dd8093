using Flowable.Workers.Typed.Generators.Infrastructure;

namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>The assembly's generated <c>ExternalWorkers</c> class.</summary>
/// <param name="Namespace">The assembly's root namespace; null for the global namespace.</param>
/// <param name="WorkerTypeNames">The <c>global::</c> names of every valid worker, in ordinal order.</param>
internal sealed record RegistryModel(string? Namespace, ImmutableEquatableArray<string> WorkerTypeNames);
