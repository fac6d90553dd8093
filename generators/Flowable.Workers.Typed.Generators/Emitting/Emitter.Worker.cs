using System.Collections.Generic;
using System.Globalization;
using Flowable.Workers.Typed.Generators.Models;
using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Generators.Emitting;

internal static partial class Emitter
{
    public static string HintName(WorkerModel worker) => worker.DisplayName + ".g.cs";

    /// <summary>The worker's half of its partial class: the <c>IExternalWorker&lt;TSelf&gt;</c> implementation.</summary>
    public static string EmitWorker(WorkerModel worker)
    {
        var writer = new SourceWriter();
        WriteFileHeader(writer, worker.Namespace);
        foreach (var containing in worker.ContainingTypes)
        {
            writer.OpenBlock($"partial {containing.Keyword} {containing.Name}");
        }

        writer.OpenBlock($"partial {worker.Keyword} {worker.Name} : {Runtime}.IExternalWorker<{worker.FullyQualifiedName}>");
        WriteDefinition(writer, worker);
        writer.WriteLine();
        WriteExecute(writer, worker);
        writer.CloseBlock();

        foreach (var _ in worker.ContainingTypes)
        {
            writer.CloseBlock();
        }

        return writer.ToString();
    }

    private static void WriteDefinition(SourceWriter writer, WorkerModel worker)
    {
        var options = worker.Options;
        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"static {Runtime}.ExternalWorkerDefinition {Runtime}.IExternalWorker<{worker.FullyQualifiedName}>.Definition {{ get; }} = new {Runtime}.ExternalWorkerDefinition(");
        writer.Indent();
        writer.WriteLine($"{Literal(options.Topic)},");
        writer.WriteLine($"typeof({worker.FullyQualifiedName}),");
        var initializers = Initializers(options);
        WriteFactory(writer, worker, terminator: initializers.Count == 0 ? ");" : ")");
        writer.Unindent();
        if (initializers.Count == 0)
        {
            return;
        }

        writer.OpenBlock();
        foreach (var initializer in initializers)
        {
            writer.WriteLine(initializer);
        }

        writer.CloseBlock(";");
    }

    private static List<string> Initializers(WorkerOptionsModel options)
    {
        var initializers = new List<string>();
        foreach (var option in WorkerOptions.All)
        {
            if (option.OnAttribute && options.Settings.Get(option) is { } value)
            {
                initializers.Add($"{option.Name} = {OptionValue(option, value)},");
            }
        }

        return initializers;
    }

    private static string OptionValue(WorkerOption option, long value) => option.Kind switch
    {
        WorkerOptionKind.Duration => $"global::System.TimeSpan.FromTicks({value.ToString(CultureInfo.InvariantCulture)}L)",
        WorkerOptionKind.ScopeType => $"{Runtime}.ScopeType.{WorkerOptions.ScopeTypeNames[(int)value]}",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// <c>static services => new Worker(...)</c>: the constructor called directly, each parameter resolved from the
    /// provider, so neither reflection nor a registration of the worker type is needed.
    /// </summary>
    private static void WriteFactory(SourceWriter writer, WorkerModel worker, string terminator)
    {
        var parameters = worker.ConstructorParameters;
        if (parameters.Count == 0)
        {
            writer.WriteLine($"static services => new {worker.FullyQualifiedName}(){terminator}");
            return;
        }

        writer.WriteLine($"static services => new {worker.FullyQualifiedName}(");
        writer.Indent();
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var argument = parameter.Source switch
            {
                ServiceSource.ServiceProvider => "services",
                ServiceSource.DefaultValue => parameter.DefaultValue!,
                ServiceSource.Optional when parameter.DefaultValue is { } defaultValue =>
                    $"{Runtime}.ExternalWorkerServices.GetOptional<{parameter.TypeName}>(services) ?? {defaultValue}",
                ServiceSource.Optional => $"{Runtime}.ExternalWorkerServices.GetOptional<{parameter.TypeName}>(services)",
                _ => $"{Runtime}.ExternalWorkerServices.GetRequired<{parameter.TypeName}>(services, typeof({worker.FullyQualifiedName}))",
            };
            writer.WriteLine(argument + (i == parameters.Count - 1 ? ")" + terminator : ","));
        }

        writer.Unindent();
    }
}
