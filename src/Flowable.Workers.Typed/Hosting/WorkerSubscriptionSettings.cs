using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// The effective options of one hosted worker, by the one precedence rule (<see cref="WorkerSettings.Resolve"/>):
/// its configuration section (<c>Flowable:Workers:&lt;topic&gt;</c>), then its attribute, then the global section,
/// then the built-in defaults.
/// </summary>
internal static class WorkerSubscriptionSettings
{
    public static ExternalWorkerSubscriptionOptions For(ExternalWorkerDefinition definition, FlowableWorkersOptions options)
    {
        var own = options.Workers.TryGetValue(definition.Topic, out var section) ? section.Layer : null;
        var resolved = WorkerSettings.Resolve([own, definition.ToSettings(), options.Defaults.Layer]);
        return new ExternalWorkerSubscriptionOptions { ShutdownGracePeriod = options.ShutdownGracePeriod }.With(resolved);
    }
}
