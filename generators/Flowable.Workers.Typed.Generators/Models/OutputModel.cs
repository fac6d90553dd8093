using Flowable.Workers.Typed.Generators.Infrastructure;

namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>The handler's return type when its properties become output variables.</summary>
/// <param name="TypeName">Fully qualified, without a top-level <c>?</c>.</param>
/// <param name="CanBeNull">
/// A reference type, or a struct returned as <c>T?</c>: the handler may return null (see <see cref="HandlerModel.NullReturn"/>).
/// </param>
/// <param name="Properties">The public readable properties, base type's first, each in declaration order.</param>
internal sealed record OutputModel(string TypeName, bool CanBeNull, ImmutableEquatableArray<OutputPropertyModel> Properties);
