using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Flowable.Workers.Typed.Generators.Models;
using Flowable.Workers.Typed.Shared;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

internal static partial class Parser
{
    private static HandlerModel? ParseHandler(INamedTypeSymbol worker, ICollection<WorkerProblem> problems, CancellationToken cancellationToken)
    {
        var candidates = worker.GetMembers(HandlerNames.Handle).Concat(worker.GetMembers(HandlerNames.HandleAsync))
            .OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public)
            .ToList();
        foreach (var staticHandler in candidates.Where(m => m.IsStatic))
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.StaticHandler, staticHandler));
        }

        var handlers = candidates.Where(m => !m.IsStatic).ToList();
        if (handlers.Count != 1)
        {
            if (candidates.Count == handlers.Count)
            {
                problems.Add(new WorkerProblem(handlers.Count == 0 ? WorkerProblemKind.NoHandler : WorkerProblemKind.MultipleHandlers, worker));
            }

            return null;
        }

        var handler = handlers[0];
        if (handler.IsGenericMethod)
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.GenericHandler, handler));
            return null;
        }

        var parameters = new List<ParameterModel>();
        var variableNames = new HashSet<string>(System.StringComparer.Ordinal);
        var specialSources = new HashSet<ParameterSource>();
        foreach (var parameter in handler.Parameters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ParseParameter(parameter, problems) is not { } model)
            {
                continue;
            }

            if (model.Source == ParameterSource.Variable && !variableNames.Add(model.VariableName!))
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.DuplicateParameterVariable, parameter, model.VariableName));
            }
            else if (model.Source != ParameterSource.Variable && !specialSources.Add(model.Source))
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.DuplicateSpecialParameter, parameter, parameter.Type.Name));
            }
            else
            {
                parameters.Add(model);
            }
        }

        var returnShape = ParseReturnType(handler, problems);
        if (returnShape is null || parameters.Count != handler.Parameters.Length)
        {
            return null;
        }

        var (awaitable, resultKind, output, returnType) = returnShape.Value;
        return new HandlerModel(
            handler.Name,
            awaitable,
            resultKind,
            parameters.ToImmutableEquatableArray(),
            output,
            NullReturnOf(resultKind, returnType),
            returnType?.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? string.Empty);
    }

    /// <summary>
    /// A null from a non-nullable return type fails the job; from <c>T?</c> it completes without variables. With
    /// nullable annotations disabled nothing tells the two apart, so a null keeps its meaning from before nullable
    /// reference types (an output class completes, a <c>WorkerResult</c> is passed on).
    /// </summary>
    private static NullReturn NullReturnOf(HandlerResultKind resultKind, ITypeSymbol? returnType)
    {
        if (resultKind == HandlerResultKind.Nothing || returnType is null || returnType.IsValueType)
        {
            return NullReturn.Unchecked;
        }

        return returnType.NullableAnnotation switch
        {
            NullableAnnotation.Annotated => NullReturn.Completes,
            NullableAnnotation.NotAnnotated => NullReturn.Fails,
            _ => resultKind == HandlerResultKind.Output ? NullReturn.Completes : NullReturn.Unchecked,
        };
    }

    private static ParameterModel? ParseParameter(IParameterSymbol parameter, ICollection<WorkerProblem> problems)
    {
        if (IsUnnamed(parameter) || IsUnresolved(parameter.Type))
        {
            return null;
        }

        if (parameter.RefKind != RefKind.None || parameter.IsParams)
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.ModifiedParameter, parameter, ModifierKeyword(parameter)));
            return null;
        }

        var variableAttribute = parameter.GetAttributes().FirstOrDefault(a => KnownTypes.IsRuntimeType(a.AttributeClass, RuntimeNames.VariableAttribute));
        if (variableAttribute is not null && IsUnbound(variableAttribute))
        {
            return null;
        }

        var special = KnownTypes.IsRuntimeType(parameter.Type, RuntimeNames.ExternalWorkerJob) ? ParameterSource.Job
            : KnownTypes.IsCancellationToken(parameter.Type) ? ParameterSource.CancellationToken
            : ParameterSource.Variable;
        if (special != ParameterSource.Variable)
        {
            if (variableAttribute is not null)
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.VariableOnSpecialParameter, parameter));
                return null;
            }

            return new ParameterModel(parameter.Name, special, null, null, null);
        }

        var variableName = variableAttribute is null ? parameter.Name : VariableNameOf(variableAttribute);
        if (!VariableNames.IsValid(variableName))
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.InvalidVariableName, parameter, variableName));
            return null;
        }

        if (ClassifyVariableType(parameter.Type) is not { } type)
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.UnsupportedParameterType, parameter, parameter.Type.ToDisplayString()));
            return null;
        }

        var defaultValue = parameter.HasExplicitDefaultValue ? DefaultValueLiteral(parameter) : null;
        return new ParameterModel(parameter.Name, ParameterSource.Variable, variableName, type, defaultValue);
    }

    private static string ModifierKeyword(IParameterSymbol parameter) => parameter.RefKind switch
    {
        RefKind.None => "params",
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        RefKind.In => "in",
        _ => "ref readonly",
    };

    private static string? VariableNameOf(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;

    private static (HandlerAwaitable Awaitable, HandlerResultKind ResultKind, OutputModel? Output, ITypeSymbol? ReturnType)? ParseReturnType(
        IMethodSymbol handler,
        ICollection<WorkerProblem> problems)
    {
        if (IsUnresolved(handler.ReturnType))
        {
            return null;
        }

        if (handler.ReturnsByRef || handler.ReturnsByRefReadonly)
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.UnsupportedReturnType, handler, handler.ReturnType.ToDisplayString()));
            return null;
        }

        if (handler.ReturnsVoid)
        {
            if (handler.IsAsync)
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.AsyncVoidHandler, handler));
                return null;
            }

            return (HandlerAwaitable.None, HandlerResultKind.Nothing, null, null);
        }

        var returnType = handler.ReturnType;
        var awaitable = HandlerAwaitable.None;
        if (returnType is INamedTypeSymbol named && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks" && named.ContainingType is null)
        {
            switch (named.MetadataName)
            {
                case "Task":
                    return (HandlerAwaitable.Task, HandlerResultKind.Nothing, null, null);
                case "ValueTask":
                    return (HandlerAwaitable.ValueTask, HandlerResultKind.Nothing, null, null);
                case "Task`1":
                    awaitable = HandlerAwaitable.Task;
                    returnType = named.TypeArguments[0];
                    break;
                case "ValueTask`1":
                    awaitable = HandlerAwaitable.ValueTask;
                    returnType = named.TypeArguments[0];
                    break;
            }
        }

        if (KnownTypes.IsRuntimeType(returnType, RuntimeNames.WorkerResult))
        {
            return (awaitable, HandlerResultKind.WorkerResult, null, returnType);
        }

        var output = ParseOutput(handler, returnType, problems);
        return output is null ? null : (awaitable, HandlerResultKind.Output, output, returnType);
    }
}
