using Flowable.Workers.Typed.Engine;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>Runs generated workers through the runtime's one job executor, as a subscription does.</summary>
internal static class Execution
{
    public static async Task<WorkerResult> RunAsync(IExternalWorker worker, ExternalWorkerJob job, CancellationToken cancellationToken) =>
        (await JobExecutor.ExecuteAsync(worker, job, cancellationToken)).Result;

    public static async Task<WorkerResult> RunAsync(
        ExternalWorkerDefinition definition, IServiceProvider services, ExternalWorkerJob job, CancellationToken cancellationToken) =>
        (await JobExecutor.ExecuteAsync(JobExecutor.ForWorker(definition, services), job, bindingFailureRetries: 0, cancellationToken)).Result;
}
