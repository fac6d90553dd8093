using System.Globalization;
using System.Linq;
using Flowable.Workers.Typed.Generators.Models;
using Flowable.Workers.Typed.Shared;

namespace Flowable.Workers.Typed.Generators.Emitting;

internal static partial class Emitter
{
    /// <summary>
    /// <c>IExternalWorker.ExecuteAsync</c>: binds every parameter (a bad variable throws before the handler runs),
    /// calls the handler and maps its return value. Locals are named <c>{parameter}Argument</c> and
    /// <c>{parameter}Variable</c>, which cannot collide with each other or with <c>job</c> and <c>cancellationToken</c>.
    /// </summary>
    private static void WriteExecute(SourceWriter writer, WorkerModel worker)
    {
        var handler = worker.Handler;
        var isAsync = handler.Awaitable != HandlerAwaitable.None;
        WriteGeneratedAttributes(writer);
        writer.OpenBlock($"{(isAsync ? "async " : string.Empty)}{ValueTaskOfWorkerResult} {Runtime}.IExternalWorker.ExecuteAsync({Runtime}.ExternalWorkerJob job, global::System.Threading.CancellationToken cancellationToken)");
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(job);");
        if (isAsync)
        {
            WriteBody(writer, worker);
        }
        else
        {
            writer.OpenBlock("try");
            WriteBody(writer, worker);
            writer.CloseBlock();
            writer.OpenBlock("catch (global::System.Exception exception)");
            writer.WriteLine($"return global::System.Threading.Tasks.ValueTask.FromException<{WorkerResult}>(exception);");
            writer.CloseBlock();
        }

        if (handler.ResultKind == HandlerResultKind.Output)
        {
            writer.WriteLine();
            WriteOutputMapping(writer, worker, handler.Output!);
        }

        writer.CloseBlock();
    }

    private static void WriteBody(SourceWriter writer, WorkerModel worker)
    {
        var handler = worker.Handler;
        foreach (var parameter in handler.Parameters.Where(p => p.Source == ParameterSource.Variable))
        {
            writer.WriteLine(ArgumentDeclaration(worker, parameter));
        }

        var arguments = string.Join(", ", handler.Parameters.Select(p => p.Source switch
        {
            ParameterSource.Job => "job",
            ParameterSource.CancellationToken => "cancellationToken",
            _ => p.Name + "Argument",
        }));
        var call = $"this.{handler.MethodName}({arguments})";
        if (handler.Awaitable != HandlerAwaitable.None)
        {
            call = $"await {call}.ConfigureAwait(false)";
        }

        var result = handler.ResultKind switch
        {
            HandlerResultKind.WorkerResult => handler.NullReturn == NullReturn.Unchecked ? call : $"{call} ?? {NullResult(worker)}",
            HandlerResultKind.Output => $"ToWorkerResult({call})",
            _ => null,
        };
        if (result is null)
        {
            writer.WriteLine(call + ";");
            result = $"{WorkerResult}.Complete()";
        }

        writer.WriteLine(handler.Awaitable == HandlerAwaitable.None
            ? $"return new {ValueTaskOfWorkerResult}({result});"
            : $"return {result};");
    }

    /// <summary>
    /// The outcome of a null return value: complete without variables, or — when the return type is not nullable —
    /// fail, since the handler broke its own contract. A plain result rather than an exception: nothing was thrown,
    /// and the message (worded by the runtime, which also logs it) needs no stack trace.
    /// </summary>
    private static string NullResult(WorkerModel worker)
    {
        var handler = worker.Handler;
        if (handler.NullReturn != NullReturn.Fails)
        {
            return $"{WorkerResult}.Complete()";
        }

        return $"{Runtime}.HandlerNullReturn.Fail({Literal($"{worker.Name}.{handler.MethodName}")}, {Literal(handler.ReturnTypeName)})";
    }

    /// <summary>
    /// <c>T nameArgument = …;</c> — a required variable must be present and non-null; an optional one (nullable, or
    /// with a default value) falls back to null or the default when missing or null.
    /// </summary>
    private static string ArgumentDeclaration(WorkerModel worker, ParameterModel parameter)
    {
        var type = parameter.Type!;
        var local = parameter.Name + "Argument";
        var variableName = Literal(parameter.VariableName!);
        if (!type.IsNullable && parameter.DefaultValue is null)
        {
            var required = $"{Runtime}.VariableBinding.Required(job, {variableName}, {Literal(type.ExpectedType)})";
            return $"{type.DeclaredTypeName} {local} = {ReadExpression(worker, type, required)};";
        }

        var variable = parameter.Name + "Variable";
        var fallback = parameter.DefaultValue ?? "null";
        return $"{type.DeclaredTypeName} {local} = {Runtime}.VariableBinding.TryGetOptional(job, {variableName}, out var {variable}) ? {ReadExpression(worker, type, variable)} : {fallback};";
    }

    /// <summary>The binding table's read method for the type: <c>VariableReader.ReadInt32(variable)</c>.</summary>
    private static string ReadExpression(WorkerModel worker, VariableTypeModel type, string variable)
    {
        var method = $"{VariableReader}.{BindingTable.For(type.Kind).ReadMethod}";
        return type.Kind switch
        {
            BindingKind.Enum => $"{method}<{type.TypeName}>({variable})",
            BindingKind.Json => $"{method}<{type.TypeName}>({variable}, {JsonTypeInfo(worker, type.TypeName)})",
            _ => $"{method}({variable})",
        };
    }

    private static string JsonTypeInfo(WorkerModel worker, string typeName) => worker.JsonContextTypeName is { } context
        ? $"{Runtime}.WorkerJsonTypeInfo.FromContext<{typeName}>({context}.Default)"
        : $"{Runtime}.WorkerJsonTypeInfo.FromReflection<{typeName}>()";

    /// <summary>A static local function turning the returned object into <c>Complete</c> with one variable per property.</summary>
    private static void WriteOutputMapping(SourceWriter writer, WorkerModel worker, OutputModel output)
    {
        WriteGeneratedAttributes(writer);
        if (output.CanBeNull)
        {
            // The pattern checks for null and, for a T? struct, unwraps it: the properties are read from the value.
            writer.OpenBlock($"static {WorkerResult} ToWorkerResult({output.TypeName}? returned)");
            writer.OpenBlock("if (returned is not { } result)");
            writer.WriteLine($"return {NullResult(worker)};");
            writer.CloseBlock();
            writer.WriteLine();
        }
        else
        {
            writer.OpenBlock($"static {WorkerResult} ToWorkerResult({output.TypeName} result)");
        }

        if (output.Properties.Count == 0)
        {
            writer.WriteLine($"return {WorkerResult}.Complete();");
            writer.CloseBlock();
            return;
        }

        writer.WriteLine($"var variables = new {VariableListWriter}({output.Properties.Count.ToString(CultureInfo.InvariantCulture)});");
        foreach (var property in output.Properties)
        {
            writer.WriteLine(WriteStatement(worker, property));
        }

        writer.WriteLine("return variables.Complete();");
        writer.CloseBlock();
    }

    /// <summary>
    /// <c>variables.Int32("name", result.Name);</c> — every output goes into one <c>VariableListWriter</c>, which
    /// parses them in one JSON document instead of one per variable.
    /// </summary>
    private static string WriteStatement(WorkerModel worker, OutputPropertyModel property)
    {
        var name = Literal(property.VariableName);
        var value = "result." + property.PropertyName;
        var type = property.Type;
        var method = "variables." + BindingTable.For(type.Kind).WriteMethod;
        return type.Kind switch
        {
            BindingKind.Enum => $"{method}<{type.TypeName}>({name}, {value});",
            BindingKind.Json => $"{method}<{type.DeclaredTypeName}>({name}, {value}, {JsonTypeInfo(worker, type.DeclaredTypeName)});",
            _ => $"{method}({name}, {value});",
        };
    }
}
