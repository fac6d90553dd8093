using Flowable.Workers.Typed.Variables;
using Microsoft.Extensions.DependencyInjection;

namespace Flowable.Workers.Typed.Engine;

/// <summary>
/// Runs one job and turns everything that can happen into its outcome: the one place where handler exceptions become
/// results. Used by the client's subscriptions, the hosted runtime and the tests alike.
/// </summary>
internal static class JobExecutor
{
    /// <summary>The failure of a job whose worker returned null instead of a result.</summary>
    public const string NoResult = "The worker returned null instead of a WorkerResult; return WorkerResult.Complete(...) (or another result) from ExecuteAsync";

    /// <summary>A handler over a generated worker: each job constructs a worker from <paramref name="services"/>, runs it and disposes it.</summary>
    public static JobHandler ForWorker(ExternalWorkerDefinition definition, IServiceProvider services) =>
        (job, cancellationToken) => RunWorkerAsync(definition, services, job, cancellationToken);

    /// <summary>A handler over a generated worker in a new DI scope per job: the worker and its scoped services live for that job only.</summary>
    public static JobHandler ForScopedWorker(ExternalWorkerDefinition definition, IServiceScopeFactory scopes) =>
        async (job, cancellationToken) =>
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                return await RunWorkerAsync(definition, scope.ServiceProvider, job, cancellationToken).ConfigureAwait(false);
            }
        };

    /// <summary>Runs <paramref name="job"/> on a worker instance.</summary>
    public static ValueTask<JobExecution> ExecuteAsync(IExternalWorker worker, ExternalWorkerJob job, CancellationToken cancellationToken) =>
        ExecuteAsync(worker.ExecuteAsync, job, bindingFailureRetries: 0, cancellationToken);

    /// <summary>
    /// Runs <paramref name="handler"/> on <paramref name="job"/>. An exception becomes a result
    /// (<see cref="WorkerResult.FromException"/>); a variable that cannot bind fails the job with
    /// <paramref name="bindingFailureRetries"/> retries left, since no retry can fix it; a BPMN error for a job that is
    /// not a BPMN job, or a terminate for one that is not a CMMN job, fails it with the reason (<see cref="ScopeRule"/>).
    /// </summary>
    public static async ValueTask<JobExecution> ExecuteAsync(
        JobHandler handler, ExternalWorkerJob job, int bindingFailureRetries, CancellationToken cancellationToken)
    {
        try
        {
            var result = await handler(job, cancellationToken).ConfigureAwait(false);
            // A worker compiled without nullable checks can still return null: a bug in it, not a completion.
            return result is null
                ? new JobExecution(WorkerResult.Fail(NoResult), null)
                : new JobExecution(ScopeRule.Apply(job, result), null);
        }
        catch (Exception exception)
        {
            var result = exception is VariableConversionException binding
                ? WorkerResult.Fail(binding.Message, binding.ToString(), bindingFailureRetries)
                : ScopeRule.Apply(job, WorkerResult.FromException(exception));
            return new JobExecution(result, exception);
        }
    }

    private static async ValueTask<WorkerResult> RunWorkerAsync(
        ExternalWorkerDefinition definition, IServiceProvider services, ExternalWorkerJob job, CancellationToken cancellationToken)
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

/// <summary>What running a job gave: the result to report, and the exception it came from, if any.</summary>
internal readonly record struct JobExecution(WorkerResult Result, Exception? Thrown);
