using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Generators.Models;

/// <summary>The type of a bound parameter or output property.</summary>
/// <param name="Kind">The binding table row.</param>
/// <param name="TypeName">Fully qualified, without the top-level <c>?</c> (the underlying type of a <c>Nullable&lt;T&gt;</c>).</param>
/// <param name="IsNullable">A nullable reference or <c>Nullable&lt;T&gt;</c>: a missing or null variable gives null.</param>
/// <param name="ExpectedType">
/// What a conversion error says was expected, by the binding table (<c>integer</c>,
/// <c>string (OrderStatus)</c>, <c>json (List&lt;int&gt;)</c>), as the runtime words it, so a missing variable reads like a null or wrong one.
/// </param>
internal sealed record VariableTypeModel(BindingKind Kind, string TypeName, bool IsNullable, string ExpectedType)
{
    /// <summary>The type as declared, with the top-level <c>?</c> when nullable.</summary>
    public string DeclaredTypeName => IsNullable ? TypeName + "?" : TypeName;
}
