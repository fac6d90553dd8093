namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>One parameter of the worker's constructor.</summary>
/// <param name="TypeName">Fully qualified, without a top-level <c>?</c>.</param>
/// <param name="Source">How the factory supplies it.</param>
/// <param name="DefaultValue">The C# expression of its default value, if any.</param>
internal sealed record ConstructorParameterModel(string TypeName, ServiceSource Source, string? DefaultValue);
