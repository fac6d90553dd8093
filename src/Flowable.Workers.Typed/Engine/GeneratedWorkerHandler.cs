namespace Flowable.Workers.Typed.Engine;

/// <summary>Runs a generated worker as a <see cref="JobHandler"/>: a new worker per job, disposed after it.</summary>
internal static class GeneratedWorkerHandler
{
    public static JobHandler For(ExternalWorkerDefinition definition, IServiceProvider services) =>
        (job, cancellationToken) => RunAsync(definition, services, job, cancellationToken);

    /// <summary>Creates a worker from <paramref name="services"/>, runs <paramref name="job"/> on it and disposes it.</summary>
    public static async ValueTask<WorkerResult> RunAsync(
        ExternalWorkerDefinition definition,
        IServiceProvider services,
        ExternalWorkerJob job,
        CancellationToken cancellationToken)
    {
        var worker = definition.CreateWorker(services);
        try
        {
            return await worker.ExecuteAsync(job, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            switch (worker)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}
