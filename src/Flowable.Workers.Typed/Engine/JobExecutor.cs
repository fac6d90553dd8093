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
    /// The execution says which of these faults, if any, made the outcome a failure.
    /// </summary>
    public static async ValueTask<JobExecution> ExecuteAsync(
        JobHandler handler, ExternalWorkerJob job, int bindingFailureRetries, CancellationToken cancellationToken)
    {
        WorkerResult? chosen;
        try
        {
            chosen = await handler(job, cancellationToken).ConfigureAwait(false);
        }
        catch (VariableConversionException binding)
        {
            return new JobExecution(WorkerResult.Fail(binding.Message, binding.ToString(), bindingFailureRetries), binding, HandlerFault.BadVariable);
        }
        catch (Exception exception)
        {
            var outcome = WorkerResult.FromException(exception);
            var chose = outcome.Kind != WorkerResultKind.Fail || WorkerResult.Unwrapped(exception) is WorkerFailureException;
            return Checked(job, outcome, exception, chose ? HandlerFault.None : HandlerFault.Threw);
        }

        // A worker compiled without nullable checks can still return null: a bug in it, not a completion.
        return chosen switch
        {
            null => new JobExecution(WorkerResult.FailForNull(NoResult), null, HandlerFault.ReturnedNull),
            { StandsForNull: true } => new JobExecution(chosen, null, HandlerFault.ReturnedNull),
            _ => Checked(job, chosen, null, HandlerFault.None),
        };
    }

    /// <summary>The outcome as <see cref="ScopeRule"/> lets it stand; a refused one is a <see cref="HandlerFault.WrongScope"/>.</summary>
    private static JobExecution Checked(ExternalWorkerJob job, WorkerResult outcome, Exception? thrown, HandlerFault fault)
    {
        var allowed = ScopeRule.Apply(job, outcome);
        return ReferenceEquals(allowed, outcome)
            ? new JobExecution(outcome, thrown, fault)
            : new JobExecution(allowed, thrown, HandlerFault.WrongScope);
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

/// <summary>What running a job gave: the result to report, the exception it came from, if any, and the fault that made it a failure.</summary>
internal readonly record struct JobExecution(WorkerResult Result, Exception? Thrown, HandlerFault Fault);
