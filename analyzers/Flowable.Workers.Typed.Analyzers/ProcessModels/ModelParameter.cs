using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>A <c>flowable:externalWorkerInParameter</c> or <c>flowable:externalWorkerOutParameter</c>.</summary>
/// <param name="Source">The variable read, when the mapping names one.</param>
/// <param name="SourceExpression">The expression evaluated, when the mapping has no <c>source</c>.</param>
/// <param name="Target">The variable written.</param>
internal sealed record ModelParameter(string? Source, string? SourceExpression, string Target)
{
    /// <summary>
    /// The variable this mapping reads: <c>source</c>, or the name inside a plain <c>${name}</c> expression; null for
    /// any other expression, whose reads cannot be known without evaluating it.
    /// </summary>
    public string? SourceName => !string.IsNullOrEmpty(Source) ? Source : ModelExpressions.PlainVariable(SourceExpression);
}
