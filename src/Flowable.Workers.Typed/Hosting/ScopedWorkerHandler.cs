using Flowable.Workers.Typed.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>Runs a generated worker in a new DI scope per job: the worker and its scoped services live for that job only.</summary>
internal static class ScopedWorkerHandler
{
    public static JobHandler For(ExternalWorkerDefinition definition, IServiceScopeFactory scopes) =>
        async (job, cancellationToken) =>
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                return await GeneratedWorkerHandler.RunAsync(definition, scope.ServiceProvider, job, cancellationToken).ConfigureAwait(false);
            }
        };
}
