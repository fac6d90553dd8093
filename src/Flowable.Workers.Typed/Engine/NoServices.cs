namespace Flowable.Workers.Typed.Engine;

/// <summary>The service provider of a worker subscribed without one: it has no services.</summary>
internal sealed class NoServices : IServiceProvider
{
    public static NoServices Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
