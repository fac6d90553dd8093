using Flowable.Workers.Typed.Engine;

namespace Flowable.Workers.Typed;

/// <summary>
/// Runs one job through a worker and turns everything that can happen into the job's outcome: the
/// <see cref="WorkerResult"/> the worker produced, or <see cref="WorkerResult.FromException"/> of a binding error
/// (<see cref="Variables.VariableConversionException"/>) or handler exception. Used by the client's poll loop and the
/// hosted runtime alike.
/// </summary>
public static class ExternalWorkerExecution
{
    /// <summary>Executes <paramref name="job"/> on <paramref name="worker"/>.</summary>
    /// <param name="worker">The worker instance.</param>
    /// <param name="job">The acquired job.</param>
    /// <param name="cancellationToken">Cancelled on shutdown or shortly before the lock expires.</param>
    /// <returns>The outcome to report to Flowable.</returns>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled and the handler gave up: the job is not marked failed, the
    /// caller gives it back instead.
    /// </exception>
    public static async ValueTask<WorkerResult> ExecuteAsync(IExternalWorker worker, ExternalWorkerJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            return await worker.ExecuteAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return WorkerResult.FromException(exception);
        }
    }

    /// <summary>
    /// Constructs a worker of <paramref name="definition"/> from <paramref name="services"/> (for a hosted worker, the
    /// job's own scope), executes <paramref name="job"/> on it and disposes it if it is disposable.
    /// </summary>
    /// <param name="definition">The worker's definition.</param>
    /// <param name="services">The provider its constructor parameters are resolved from.</param>
    /// <param name="job">The acquired job.</param>
    /// <param name="cancellationToken">Cancelled on shutdown or shortly before the lock expires.</param>
    /// <returns>The outcome to report to Flowable; a constructor that throws (a missing service) fails the job.</returns>
    public static async ValueTask<WorkerResult> ExecuteAsync(
        ExternalWorkerDefinition definition,
        IServiceProvider services,
        ExternalWorkerJob job,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            return await GeneratedWorkerHandler.RunAsync(definition, services, job, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return WorkerResult.FromException(exception);
        }
    }
}
