namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// What the runtime runs for one job: a plain handler given to <c>Subscribe</c> (with its result builder) or a
/// generated worker. Exceptions are mapped by the dispatcher.
/// </summary>
internal delegate ValueTask<WorkerResult> JobHandler(ExternalWorkerJob job, CancellationToken cancellationToken);
