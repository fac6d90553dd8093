using Flowable.Workers.Typed.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HostedWorkers;

/// <summary>
/// Validates the Flowable settings before the host starts, so that a bad value is reported once, as one message
/// naming its key, rather than logged by the host with its stack trace and thrown again.
/// </summary>
internal static class ConfigurationCheck
{
    public static string? FirstError(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<FlowableWorkersOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException exception)
        {
            return $"Configuration error: {exception.Message}";
        }
        catch (InvalidOperationException exception)
        {
            return $"Configuration error: {exception.Message}";
        }
    }
}
