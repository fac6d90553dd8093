namespace Flowable.Workers.Typed.Testing;

/// <summary>Settings of a <see cref="FlowableEmulator"/>.</summary>
public sealed class FlowableEmulatorOptions
{
    /// <summary>The context path the API is served under, e.g. <c>/flowable-work</c>; empty for the root.</summary>
    public string ContextPath { get; set; } = string.Empty;

    /// <summary>The credentials requests must carry; <see cref="EmulatorAuthentication.None"/> by default.</summary>
    public EmulatorAuthentication Authentication { get; set; } = EmulatorAuthentication.None;

    /// <summary>
    /// How often expired locks and elapsed retry timeouts are cleared (Flowable's <c>resetExpiredJobsInterval</c>,
    /// one minute on a real server). Short by default so tests need not wait.
    /// </summary>
    public TimeSpan LockExpirySweepInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The retries a new job starts with (Flowable's <c>asyncExecutorNumberOfRetries</c>, 3).</summary>
    public int InitialJobRetries { get; set; } = 3;

    /// <summary>The clock for lock times, retry timeouts, creation times and the sweep timer.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Whether the unacquire endpoints (Flowable 7.0+) exist. Set to <see langword="false"/> to emulate an older
    /// server, where <c>/unacquire/…</c> is an unmapped path (404).
    /// </summary>
    public bool SupportsUnacquire { get; set; } = true;

    /// <summary>The loopback port to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }
}
