namespace Flowable.Workers.Typed;

/// <summary>
/// A worker instance that handles one acquired job at a time. The source generator implements it for every
/// <see cref="ExternalWorkerAttribute"/> class: it reads the handler's parameters from the job's variables, calls the
/// handler and turns its return value into a <see cref="WorkerResult"/>.
/// </summary>
public interface IExternalWorker
{
    /// <summary>Binds <paramref name="job"/>'s variables, runs the handler and returns the job's outcome.</summary>
    /// <param name="job">The acquired job.</param>
    /// <param name="cancellationToken">Cancelled on shutdown and shortly before the job's lock expires.</param>
    /// <returns>The outcome to report to Flowable.</returns>
    /// <exception cref="Variables.VariableConversionException">A variable is missing, null or of the wrong kind; the handler was not called.</exception>
    /// <remarks>Exceptions of the handler propagate unchanged; the subscription that runs the worker maps them to a result (see <see cref="WorkerResult.FromException"/>).</remarks>
    ValueTask<WorkerResult> ExecuteAsync(ExternalWorkerJob job, CancellationToken cancellationToken);
}
