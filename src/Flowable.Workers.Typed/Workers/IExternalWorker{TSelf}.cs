namespace Flowable.Workers.Typed;

/// <summary>
/// A generated worker type that describes itself: its topic, options and how to construct it. Lets a client
/// subscribe with <c>Subscribe&lt;TWorker&gt;()</c> without reflection or assembly scanning.
/// </summary>
/// <typeparam name="TSelf">The worker type itself.</typeparam>
public interface IExternalWorker<TSelf> : IExternalWorker
    where TSelf : class, IExternalWorker<TSelf>
{
    /// <summary>The worker's topic, the options set on its <see cref="ExternalWorkerAttribute"/>, and its factory.</summary>
    static abstract ExternalWorkerDefinition Definition { get; }
}
