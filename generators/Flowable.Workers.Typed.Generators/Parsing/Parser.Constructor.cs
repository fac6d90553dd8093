using System.Collections.Generic;
using System.Linq;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Flowable.Workers.Typed.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

internal static partial class Parser
{
    /// <summary>
    /// The constructor the generated factory calls: the only public one, or the public one marked
    /// <c>[ActivatorUtilitiesConstructor]</c>, mirroring how Microsoft.Extensions.DependencyInjection users choose.
    /// </summary>
    private static ImmutableEquatableArray<ConstructorParameterModel>? ParseConstructor(INamedTypeSymbol worker, ICollection<WorkerProblem> problems)
    {
        if (worker.IsStatic || worker.IsAbstract)
        {
            return null; // NotInstantiable says it all; an abstract class's protected constructor is no further problem.
        }

        var constructors = worker.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToList();
        var constructor = constructors.Count == 1
            ? constructors[0]
            : constructors.SingleOrDefault(c => c.GetAttributes().Any(KnownTypes.IsActivatorUtilitiesConstructor));
        if (constructor is null)
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.NoUsableConstructor, worker));
            return null;
        }

        var parameters = new List<ConstructorParameterModel>();
        foreach (var parameter in constructor.Parameters)
        {
            var model = ParseConstructorParameter(parameter);
            if (model is null)
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.UnsupportedConstructorParameter, parameter, parameter.Type.ToDisplayString()));
            }
            else
            {
                parameters.Add(model);
            }
        }

        return parameters.Count == constructor.Parameters.Length ? parameters.ToImmutableEquatableArray() : null;
    }

    private static ConstructorParameterModel? ParseConstructorParameter(IParameterSymbol parameter)
    {
        if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.Type.IsRefLikeType)
        {
            return null;
        }

        var type = parameter.Type;
        var defaultValue = parameter.HasExplicitDefaultValue ? DefaultValueLiteral(parameter) : null;
        if (KnownTypes.IsServiceProvider(type))
        {
            return new ConstructorParameterModel(TypeName(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)), ServiceSource.ServiceProvider, null);
        }

        if (type.IsValueType)
        {
            return defaultValue is null ? null : new ConstructorParameterModel(TypeName(type), ServiceSource.DefaultValue, defaultValue);
        }

        if (type.TypeKind is not (TypeKind.Class or TypeKind.Interface or TypeKind.Delegate or TypeKind.Array))
        {
            return null;
        }

        var optional = defaultValue is not null || type.NullableAnnotation == NullableAnnotation.Annotated;
        return new ConstructorParameterModel(
            TypeName(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
            optional ? ServiceSource.Optional : ServiceSource.Required,
            defaultValue is "null" ? null : defaultValue);
    }
}
