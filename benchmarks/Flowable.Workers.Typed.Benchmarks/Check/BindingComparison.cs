using Flowable.Workers.Typed.Benchmarks.Binding;
using Flowable.Workers.Typed.Benchmarks.Reflection;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Benchmarks.Check;

/// <summary>
/// Runs one job through the generated adapter and the reflection binder and renders what each produced: the result,
/// or the binding error's message. The benchmark is a fair comparison only while both always render the same.
/// </summary>
public static class BindingComparison
{
    private static readonly ReflectionBinder Binder = ReflectionBinder.For(typeof(ShipOrder));

    /// <summary>What the generated adapter made of <paramref name="job"/>.</summary>
    /// <param name="job">The job to bind.</param>
    /// <returns>The rendered result or error.</returns>
    public static string Generated(ExternalWorkerJob job) =>
        Outcome(() => ((IExternalWorker)new ShipOrder()).ExecuteAsync(job, CancellationToken.None).AsTask());

    /// <summary>What the reflection binder made of <paramref name="job"/>.</summary>
    /// <param name="job">The job to bind.</param>
    /// <returns>The rendered result or error.</returns>
    public static string Reflection(ExternalWorkerJob job) =>
        Outcome(() => Binder.ExecuteAsync(new ShipOrder(), job, CancellationToken.None).AsTask());

    private static string Outcome(Func<Task<WorkerResult>> execute)
    {
        try
        {
            return ResultText.Render(execute().GetAwaiter().GetResult());
        }
        catch (VariableConversionException exception)
        {
            return $"{nameof(VariableConversionException)}: {exception.Message}";
        }
    }
}
