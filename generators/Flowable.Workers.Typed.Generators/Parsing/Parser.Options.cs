using System.Collections.Generic;
using Flowable.Workers.Typed.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

internal static partial class Parser
{
    private static readonly string[] ScopeTypeMembers = ["Any", "Bpmn", "Cmmn"];

    private static WorkerOptionsModel? ParseOptions(INamedTypeSymbol worker, AttributeData attribute, ICollection<WorkerProblem> problems)
    {
        var topic = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        if (string.IsNullOrWhiteSpace(topic))
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.InvalidTopic, worker, topic, "topic"));
            return null;
        }

        long? lockDuration = null;
        long? pollInterval = null;
        int? numberOfTasks = null;
        int? numberOfRetries = null;
        int? maxConcurrency = null;
        string? scopeType = null;
        var valid = true;
        foreach (var argument in attribute.NamedArguments)
        {
            var value = argument.Value.Value;
            switch (argument.Key)
            {
                case "LockDuration":
                    valid &= TryParseDuration(worker, argument.Key, value, problems, out lockDuration);
                    break;
                case "PollInterval":
                    valid &= TryParseDuration(worker, argument.Key, value, problems, out pollInterval);
                    break;
                case "NumberOfTasks":
                    valid &= TryReadCount(worker, argument.Key, value, minimum: 1, problems, out numberOfTasks);
                    break;
                case "NumberOfRetries":
                    valid &= TryReadCount(worker, argument.Key, value, minimum: 0, problems, out numberOfRetries);
                    break;
                case "MaxConcurrency":
                    valid &= TryReadCount(worker, argument.Key, value, minimum: 1, problems, out maxConcurrency);
                    break;
                case "ScopeType" when value is int member && member >= 0 && member < ScopeTypeMembers.Length:
                    scopeType = ScopeTypeMembers[member];
                    break;
                case "ScopeType":
                    problems.Add(new WorkerProblem(WorkerProblemKind.OptionOutOfRange, worker, value?.ToString(), argument.Key));
                    valid = false;
                    break;
            }
        }

        return valid
            ? new WorkerOptionsModel(topic!, lockDuration, pollInterval, numberOfTasks, numberOfRetries, maxConcurrency, scopeType)
            : null;
    }

    private static bool TryParseDuration(INamedTypeSymbol worker, string option, object? value, ICollection<WorkerProblem> problems, out long? ticks)
    {
        ticks = null;
        if (value is null)
        {
            return true;
        }

        if (IsoDuration.TryParsePositive(value as string, out var parsed))
        {
            ticks = parsed;
            return true;
        }

        problems.Add(new WorkerProblem(WorkerProblemKind.InvalidDuration, worker, value as string, option));
        return false;
    }

    private static bool TryReadCount(INamedTypeSymbol worker, string option, object? value, int minimum, ICollection<WorkerProblem> problems, out int? count)
    {
        count = value as int?;
        if (count >= minimum)
        {
            return true;
        }

        problems.Add(new WorkerProblem(WorkerProblemKind.OptionOutOfRange, worker, value?.ToString(), option));
        return false;
    }

    private static string? ParseJsonContext(INamedTypeSymbol worker, AttributeData attribute, IAssemblySymbol assembly, ICollection<WorkerProblem> problems)
    {
        ITypeSymbol? context = null;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "JsonContext")
            {
                context = argument.Value.Value as ITypeSymbol;
            }
        }

        if (context is null)
        {
            foreach (var assemblyAttribute in assembly.GetAttributes())
            {
                if (KnownTypes.IsRuntimeType(assemblyAttribute.AttributeClass, KnownTypes.ExternalWorkerJsonContextAttributeName)
                    && assemblyAttribute.ConstructorArguments.Length == 1)
                {
                    context = assemblyAttribute.ConstructorArguments[0].Value as ITypeSymbol;
                }
            }
        }

        if (context is null)
        {
            return null;
        }

        if (!KnownTypes.IsJsonSerializerContext(context) || context.IsAbstract)
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.InvalidJsonContext, worker, context.ToDisplayString(), "JsonContext"));
            return null;
        }

        return context.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }
}
