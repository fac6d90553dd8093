namespace Flowable.Workers.Typed.Generators;

/// <summary>Names of the generator's pipeline steps, for the incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string Workers = nameof(Workers);
    public const string ValidWorkers = nameof(ValidWorkers);
    public const string RootNamespace = nameof(RootNamespace);
    public const string Registry = nameof(Registry);
}
