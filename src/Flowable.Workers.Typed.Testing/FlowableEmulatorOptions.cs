namespace Flowable.Workers.Typed.Testing;

/// <summary>Settings of a <c>FlowableEmulator</c>.</summary>
public sealed class FlowableEmulatorOptions
{
    /// <summary>The context path the API is served under, e.g. <c>/flowable-work</c>; empty for the root.</summary>
    public string ContextPath { get; set; } = string.Empty;
}
