using System.ComponentModel;

namespace Flowable.Workers.Typed;

/// <summary>Resolves a worker's constructor parameters in generated factories, without reflection.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ExternalWorkerServices
{
    /// <summary>Resolves a service the worker cannot do without.</summary>
    /// <typeparam name="TService">The constructor parameter's type.</typeparam>
    /// <param name="services">The provider to resolve from.</param>
    /// <param name="workerType">The worker being constructed, named in the error.</param>
    /// <returns>The service.</returns>
    /// <exception cref="InvalidOperationException">The service is not registered.</exception>
    public static TService GetRequired<TService>(IServiceProvider services, Type workerType)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(workerType);
        return services.GetService(typeof(TService)) is TService service
            ? service
            : throw new InvalidOperationException(
                $"Worker '{workerType.FullName}' needs a service of type '{typeof(TService).FullName}', which is not registered.");
    }

    /// <summary>Resolves an optional service (a nullable parameter or one with a default value).</summary>
    /// <typeparam name="TService">The constructor parameter's type.</typeparam>
    /// <param name="services">The provider to resolve from.</param>
    /// <returns>The service, or null when it is not registered.</returns>
    public static TService? GetOptional<TService>(IServiceProvider services)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService(typeof(TService)) as TService;
    }
}
