namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>A type the worker is nested in, which the generated file re-declares as partial.</summary>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="Name">The type's name.</param>
internal sealed record ContainingTypeModel(string Keyword, string Name);
