namespace Flowable.Workers.Typed.Client;

/// <summary>Runs a generated worker as a <see cref="JobHandler"/>: a new worker per job, disposed after it.</summary>
internal static class GeneratedWorkerHandler
{
    public static JobHandler For(ExternalWorkerDefinition definition, IServiceProvider services) =>
        async (job, cancellationToken) =>
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
        };
}
