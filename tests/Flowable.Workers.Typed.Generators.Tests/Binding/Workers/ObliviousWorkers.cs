#nullable disable

namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

/// <summary>With nullable annotations disabled a null output keeps its old meaning: complete without variables.</summary>
[ExternalWorker("obliviousNullOutcome")]
public sealed partial class ObliviousNullOutcome
{
    public Task<Outcome> HandleAsync() => Task.FromResult<Outcome>(null);
}

/// <summary>With nullable annotations disabled a null <c>WorkerResult</c> is passed on as returned.</summary>
[ExternalWorker("obliviousNullWorkerResult")]
public sealed partial class ObliviousNullWorkerResult
{
    public WorkerResult Handle() => null;
}
