using System.ComponentModel;

namespace Flowable.Workers.Typed;

/// <summary>For generated workers: the outcome of a handler that returned null although its return type is not nullable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HandlerNullReturn
{
    /// <summary>
    /// Fails the job with what to change, and marks the failure so that the worker logs it as the handler's bug rather
    /// than as an outcome the handler chose.
    /// </summary>
    /// <param name="handler">The handler, as <c>Worker.Method</c>.</param>
    /// <param name="returnType">Its declared return type, as written.</param>
    /// <returns>The failure to report.</returns>
    public static WorkerResult Fail(string handler, string returnType) =>
        WorkerResult.FailForNull(
            $"{handler} returned null but its return type {returnType} is not nullable; return a result, or declare {returnType}? to complete the job without variables.");
}
