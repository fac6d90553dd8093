using Flowable.Workers.Typed.Generators.Infrastructure;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>What one model file says about external workers: plain equatable data, no XML types.</summary>
/// <param name="Tasks">The external-worker tasks, in document order.</param>
/// <param name="CallActivities">The call activities with a literal called element.</param>
/// <param name="Errors">The <c>error</c> elements.</param>
/// <param name="ReadError">Why the file could not be read; null when it was.</param>
internal sealed record ProcessModelFile(
    ImmutableEquatableArray<ExternalWorkerTask> Tasks,
    ImmutableEquatableArray<CallActivitySite> CallActivities,
    ImmutableEquatableArray<ErrorDefinition> Errors,
    ModelReadError? ReadError)
{
    public static ProcessModelFile Unreadable(ModelReadError error) =>
        new(ImmutableEquatableArray<ExternalWorkerTask>.Empty, ImmutableEquatableArray<CallActivitySite>.Empty, ImmutableEquatableArray<ErrorDefinition>.Empty, error);

    /// <summary>The code Flowable compares for <paramref name="code"/>: an <c>error</c> element's code when it names one's id.</summary>
    public string ResolveErrorCode(string code)
    {
        foreach (var error in Errors)
        {
            if (error.Id == code)
            {
                return error.Code;
            }
        }

        return code;
    }
}
