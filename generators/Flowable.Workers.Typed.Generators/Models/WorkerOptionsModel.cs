using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>The topic and the options set on the worker's attribute (the attribute's layer of its settings).</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Settings">What the attribute sets; null members were left unset. Never changed after parsing.</param>
internal sealed record WorkerOptionsModel(string Topic, WorkerSettings Settings);
