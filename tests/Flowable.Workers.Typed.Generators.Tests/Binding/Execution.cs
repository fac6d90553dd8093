namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>
/// Runs generated workers and maps what they throw with the public <see cref="WorkerResult.FromException"/>, as the
/// runtime's job executor does (its further rules — retries of binding failures, the scope rule — are tested with the
/// executor itself, in the runtime's tests).
/// </summary>
internal static class Execution
{
    public static async Task<WorkerResult> RunAsync(IExternalWorker worker, ExternalWorkerJob job, CancellationToken cancellationToken)
    {
        try
        {
            return await worker.ExecuteAsync(job, cancellationToken);
        }
        catch (Exception exception)
        {
            return WorkerResult.FromException(exception);
        }
    }

    public static async Task<WorkerResult> RunAsync(
        ExternalWorkerDefinition definition, IServiceProvider services, ExternalWorkerJob job, CancellationToken cancellationToken)
    {
        IExternalWorker worker;
        try
        {
            worker = definition.CreateWorker(services);
        }
        catch (Exception exception)
        {
            return WorkerResult.FromException(exception);
        }

        try
        {
            return await RunAsync(worker, job, cancellationToken);
        }
        finally
        {
            (worker as IDisposable)?.Dispose();
        }
    }
}
