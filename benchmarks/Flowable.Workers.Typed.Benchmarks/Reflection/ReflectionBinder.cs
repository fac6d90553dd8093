using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Benchmarks.Reflection;

/// <summary>
/// The comparison for the binding benchmark: a straightforward reflection-based binder doing the generated adapter's
/// job. It finds the handler, its parameters and the return type's properties once (and the reader or writer of each
/// type); per job it reads each variable by the same <see cref="VariableReader"/> rules into a boxed argument, invokes
/// the handler through <see cref="MethodInfo.Invoke(object, BindingFlags, Binder, object[], System.Globalization.CultureInfo)"/>
/// and maps the returned object's properties to variables with <see cref="VariableWriter"/>.
/// </summary>
public sealed class ReflectionBinder
{
    private readonly MethodInfo handler;
    private readonly ParameterBinding[] parameters;
    private readonly PropertyInfo? taskResult;
    private readonly OutputBinding[] outputs;

    private ReflectionBinder(MethodInfo handler, ParameterBinding[] parameters, PropertyInfo? taskResult, OutputBinding[] outputs)
    {
        this.handler = handler;
        this.parameters = parameters;
        this.taskResult = taskResult;
        this.outputs = outputs;
    }

    /// <summary>Inspects <paramref name="workerType"/>'s public <c>Handle</c> or <c>HandleAsync</c> method.</summary>
    /// <param name="workerType">The worker class.</param>
    /// <returns>A binder for the worker, safe to share between jobs.</returns>
    [RequiresUnreferencedCode("Reflection-based binding.")]
    [RequiresDynamicCode("Reflection-based binding.")]
    public static ReflectionBinder For(Type workerType)
    {
        ArgumentNullException.ThrowIfNull(workerType);
        var handler = workerType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Single(method => method.Name is "Handle" or "HandleAsync");
        var returnType = handler.ReturnType;
        PropertyInfo? taskResult = null;
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            taskResult = returnType.GetProperty(nameof(Task<object>.Result));
            returnType = returnType.GetGenericArguments()[0];
        }

        var hasOutputs = returnType != typeof(void) && returnType != typeof(Task) && returnType != typeof(WorkerResult);
        return new ReflectionBinder(
            handler,
            [.. handler.GetParameters().Select(ParameterBinding.For)],
            taskResult,
            hasOutputs ? OutputBinding.For(returnType) : []);
    }

    /// <summary>Binds <paramref name="job"/>'s variables, invokes the handler on <paramref name="worker"/> and maps its result.</summary>
    /// <param name="worker">The worker instance.</param>
    /// <param name="job">The acquired job.</param>
    /// <param name="cancellationToken">Passed to a <see cref="CancellationToken"/> parameter.</param>
    /// <returns>The job's outcome.</returns>
    /// <exception cref="VariableConversionException">A variable is missing, null or of the wrong kind; the handler was not called.</exception>
    public async ValueTask<WorkerResult> ExecuteAsync(object worker, ExternalWorkerJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = parameters[i].Bind(job, cancellationToken);
        }

        var returned = handler.Invoke(worker, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        if (returned is Task task)
        {
            await task.ConfigureAwait(false);
            returned = taskResult?.GetValue(task);
        }

        return ToWorkerResult(returned);
    }

    private WorkerResult ToWorkerResult(object? returned)
    {
        if (returned is WorkerResult result)
        {
            return result;
        }

        if (returned is null || outputs.Length == 0)
        {
            return WorkerResult.Complete();
        }

        var variables = new RestVariable[outputs.Length];
        for (var i = 0; i < outputs.Length; i++)
        {
            variables[i] = outputs[i].Write(returned);
        }

        return WorkerResult.Complete(variables);
    }
}
