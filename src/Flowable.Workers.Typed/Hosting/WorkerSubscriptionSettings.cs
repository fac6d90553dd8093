namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// The effective options of one hosted worker: its attribute, then its configuration section
/// (<c>Flowable:Workers:&lt;topic&gt;</c>), then the global section, then the built-in defaults.
/// </summary>
internal static class WorkerSubscriptionSettings
{
    public static ExternalWorkerSubscriptionOptions For(ExternalWorkerDefinition definition, FlowableWorkersOptions options)
    {
        var configured = new ExternalWorkerSubscriptionOptions { ShutdownGracePeriod = options.ShutdownGracePeriod };
        options.Defaults.ApplyTo(configured);
        if (options.Workers.TryGetValue(definition.Topic, out var own))
        {
            own.ApplyTo(configured);
        }

        return ExternalWorkerSubscriptionOptions.For(definition, configured);
    }
}
