namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>Where the adapter gets a handler argument from.</summary>
internal enum ParameterSource
{
    /// <summary>A process or case variable.</summary>
    Variable,

    /// <summary>The acquired <c>ExternalWorkerJob</c> itself.</summary>
    Job,

    /// <summary>The <c>CancellationToken</c> passed to <c>ExecuteAsync</c>.</summary>
    CancellationToken,
}
