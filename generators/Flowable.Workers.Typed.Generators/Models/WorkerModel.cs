using Flowable.Workers.Typed.Generators.Infrastructure;

namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>Everything the emitter needs about one valid worker; strings, enums and equatable arrays only.</summary>
/// <param name="Namespace">The worker's namespace; null for the global namespace.</param>
/// <param name="ContainingTypes">Types the worker is nested in, outermost first.</param>
/// <param name="Keyword">The worker's declaration keyword: <c>class</c> or <c>record</c>.</param>
/// <param name="Name">The worker's name.</param>
/// <param name="FullyQualifiedName">The worker's <c>global::</c> name.</param>
/// <param name="Options">The attribute's options.</param>
/// <param name="JsonContextTypeName">The <c>global::</c> name of the JsonSerializerContext for JSON variables, if configured.</param>
/// <param name="ConstructorParameters">The constructor's parameters in order.</param>
/// <param name="Handler">The handler method.</param>
internal sealed record WorkerModel(
    string? Namespace,
    ImmutableEquatableArray<ContainingTypeModel> ContainingTypes,
    string Keyword,
    string Name,
    string FullyQualifiedName,
    WorkerOptionsModel Options,
    string? JsonContextTypeName,
    ImmutableEquatableArray<ConstructorParameterModel> ConstructorParameters,
    HandlerModel Handler)
{
    /// <summary>The worker's name without <c>global::</c>, as users write it.</summary>
    public string DisplayName => FullyQualifiedName.Substring("global::".Length);
}
