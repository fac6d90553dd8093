using System.Collections.Generic;
using System.Linq;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Flowable.Workers.Typed.Generators.Models;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

internal static partial class Parser
{
    /// <summary>
    /// The output variables of a record or class returned by the handler: its public readable instance properties,
    /// base type's first. Scalars, collections and framework types are not outputs (they have no variable names).
    /// </summary>
    private static OutputModel? ParseOutput(IMethodSymbol handler, ITypeSymbol returnType, ICollection<WorkerProblem> problems)
    {
        var nullableStruct = returnType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        var type = nullableStruct ? ((INamedTypeSymbol)returnType).TypeArguments[0] : returnType;
        if (type is not INamedTypeSymbol named
            || named.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || Classify(named) != BindingKind.Json
            || named.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable || i.MetadataName == "IEnumerable"))
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.UnsupportedReturnType, handler, returnType.ToDisplayString()));
            return null;
        }

        var readable = ReadableProperties(named);
        if (readable.Count == 0)
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.NoOutputProperties, handler, returnType.ToDisplayString()));
            return null;
        }

        var properties = new List<OutputPropertyModel>();
        var valid = true;
        foreach (var property in readable)
        {
            if (IsUnresolved(property.Type))
            {
                valid = false;
                continue;
            }

            if (ClassifyVariableType(property.Type) is not { } propertyType)
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.UnsupportedOutputPropertyType, property, property.Type.ToDisplayString()));
                valid = false;
                continue;
            }

            var variableName = OutputVariableName(property, named);
            if (!VariableNames.IsValid(variableName))
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.InvalidVariableName, property, variableName));
                valid = false;
            }
            else if (properties.Any(p => p.VariableName == variableName))
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.DuplicateOutputVariable, property, variableName));
                valid = false;
            }
            else
            {
                properties.Add(new OutputPropertyModel(property.Name, variableName!, propertyType));
            }
        }

        return valid
            ? new OutputModel(
                TypeName(named.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
                CanBeNull: !named.IsValueType || nullableStruct,
                properties.ToImmutableEquatableArray())
            : null;
    }

    private static List<IPropertySymbol> ReadableProperties(INamedTypeSymbol type)
    {
        var hierarchy = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            hierarchy.Insert(0, current);
        }

        var seen = new HashSet<string>();
        var properties = new List<IPropertySymbol>();
        foreach (var declaring in hierarchy)
        {
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                    || property.GetMethod is not { DeclaredAccessibility: Accessibility.Public })
                {
                    continue;
                }

                if (!seen.Add(property.Name))
                {
                    properties.RemoveAll(p => p.Name == property.Name);
                }

                properties.Add(property);
            }
        }

        return properties;
    }

    /// <summary>
    /// <c>[Variable]</c> on the property, or on the positional record parameter it comes from, else the property's
    /// name in camelCase.
    /// </summary>
    private static string? OutputVariableName(IPropertySymbol property, INamedTypeSymbol type)
    {
        var attribute = property.GetAttributes().FirstOrDefault(a => KnownTypes.IsRuntimeType(a.AttributeClass, RuntimeNames.VariableAttribute))
            ?? PrimaryConstructorParameter(property, type)?.GetAttributes()
                .FirstOrDefault(a => KnownTypes.IsRuntimeType(a.AttributeClass, RuntimeNames.VariableAttribute));
        return attribute is null ? CamelCase(property.Name) : VariableNameOf(attribute);
    }

    private static IParameterSymbol? PrimaryConstructorParameter(IPropertySymbol property, INamedTypeSymbol type)
    {
        if (!type.IsRecord || !SymbolEqualityComparer.Default.Equals(property.ContainingType, type))
        {
            return null;
        }

        var primaryConstructor = type.InstanceConstructors.FirstOrDefault(c =>
            c.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax));
        return primaryConstructor?.Parameters.FirstOrDefault(p => p.Name == property.Name);
    }

    /// <summary>
    /// camelCase as System.Text.Json's <c>JsonNamingPolicy.CamelCase</c> does it: the leading run of capitals is
    /// lowered, except the capital that starts the next word (<c>URLValue</c> → <c>urlValue</c>, <c>ID</c> → <c>id</c>).
    /// </summary>
    internal static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var characters = name.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            if (i == 1 && !char.IsUpper(characters[i]))
            {
                break;
            }

            var nextIsLower = i + 1 < characters.Length && !char.IsUpper(characters[i + 1]);
            if (i > 0 && nextIsLower)
            {
                break;
            }

            characters[i] = char.ToLowerInvariant(characters[i]);
        }

        return new string(characters);
    }
}
