using System.Collections.Generic;
using System.Globalization;
using Flowable.Workers.Typed.Shared;
using Flowable.Workers.Typed.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Parsing;

internal static partial class Parser
{
    private static WorkerOptionsModel? ParseOptions(INamedTypeSymbol worker, AttributeData attribute, ICollection<WorkerProblem> problems)
    {
        var topic = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        if (string.IsNullOrWhiteSpace(topic))
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.InvalidTopic, worker, topic, "topic"));
            return null;
        }

        var settings = new WorkerSettings();
        var valid = true;
        foreach (var argument in attribute.NamedArguments)
        {
            if (WorkerOptions.Find(argument.Key) is { OnAttribute: true } option)
            {
                valid &= TryReadOption(worker, option, argument.Value.Value, settings, problems);
            }
        }

        return valid ? new WorkerOptionsModel(topic!, settings) : null;
    }

    /// <summary>Reads one option into <paramref name="settings"/>, with the runtime's own grammar and bounds.</summary>
    private static bool TryReadOption(INamedTypeSymbol worker, WorkerOption option, object? value, WorkerSettings settings, ICollection<WorkerProblem> problems)
    {
        long number;
        if (option.Kind == WorkerOptionKind.Duration)
        {
            if (value is null)
            {
                return true;
            }

            if (!Iso8601Duration.TryParse(value as string, out var duration))
            {
                problems.Add(new WorkerProblem(WorkerProblemKind.InvalidDuration, worker, value as string, option.Name));
                return false;
            }

            number = duration.Ticks;
        }
        else if (value is int count)
        {
            number = count;
        }
        else
        {
            problems.Add(new WorkerProblem(WorkerProblemKind.OptionOutOfRange, worker, value?.ToString(), option.Name));
            return false;
        }

        if (WorkerSettingsValidator.Check(option, number) is not null)
        {
            var shown = option.Kind == WorkerOptionKind.Duration ? (string)value! : number.ToString(CultureInfo.InvariantCulture);
            problems.Add(new WorkerProblem(WorkerProblemKind.OptionOutOfRange, worker, shown, option.Name));
            return false;
        }

        settings.Set(option, number);
        return true;
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
