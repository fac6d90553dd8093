namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>A service provider over a fixed set of instances, so factory tests need no container.</summary>
internal sealed class TestServiceProvider(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
