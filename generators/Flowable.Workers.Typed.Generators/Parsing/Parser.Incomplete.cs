using System.Linq;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

internal static partial class Parser
{
    /// <summary>
    /// Whether a type does not resolve yet (<c>Ordr</c>, <c>List&lt;Ordr&gt;</c>, <c>Ordr[]</c>): the compiler reports
    /// it, so the parser reports nothing about it and generates nothing that uses it.
    /// </summary>
    private static bool IsUnresolved(ITypeSymbol? type) => type switch
    {
        null => true,
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => IsUnresolved(array.ElementType),
        IPointerTypeSymbol pointer => IsUnresolved(pointer.PointedAtType),
        INamedTypeSymbol named => named.TypeArguments.Any(IsUnresolved),
        _ => false,
    };

    /// <summary>A name the user has not typed yet (<c>class {</c>, <c>Handle(int )</c>): the compiler reports it.</summary>
    private static bool IsUnnamed(ISymbol symbol) => string.IsNullOrEmpty(symbol.Name);

    /// <summary>An attribute whose constructor did not bind (<c>[Variable(</c>, <c>[ExternalWorker(1)]</c>): the compiler reports it.</summary>
    private static bool IsUnbound(AttributeData attribute) =>
        attribute.AttributeConstructor is null
        || attribute.ConstructorArguments.Any(argument => argument.Kind == TypedConstantKind.Error)
        || attribute.NamedArguments.Any(argument => argument.Value.Kind == TypedConstantKind.Error);
}
