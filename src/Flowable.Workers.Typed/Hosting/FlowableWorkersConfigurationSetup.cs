using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>Binds <see cref="FlowableWorkersOptions"/> from the application's configuration, when it has one.</summary>
internal sealed class FlowableWorkersConfigurationSetup(IServiceProvider services) : IConfigureOptions<FlowableWorkersOptions>
{
    public void Configure(FlowableWorkersOptions options)
    {
        if (services.GetService<IConfiguration>() is { } configuration)
        {
            FlowableWorkersConfigurationBinder.Bind(configuration.GetSection(FlowableWorkersOptions.SectionName), options);
        }
    }
}
