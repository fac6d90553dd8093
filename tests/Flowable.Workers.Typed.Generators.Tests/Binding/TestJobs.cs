using System.Text.Json;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>Builds acquired jobs the way they come off the wire, and renders result variables for assertions.</summary>
internal static class TestJobs
{
    public static ExternalWorkerJob With(params RestVariable[] variables) => new()
    {
        Id = "job-1",
        ElementId = "externalWorkerTask",
        ProcessInstanceId = "process-1",
        Retries = 3,
        Variables = variables,
    };

    /// <summary>A variable as Flowable sends it: name, type (null when absent) and the raw JSON value.</summary>
    public static RestVariable Variable(string name, string? type, string json) => new(name, type, JsonElement.Parse(json));

    /// <summary><c>name:type=json</c>, e.g. <c>paid:boolean=true</c>.</summary>
    public static string Render(RestVariable variable) => $"{variable.Name}:{variable.Type}={variable.Value.GetRawText()}";

    public static Task<WorkerResult> ExecuteAsync(IExternalWorker worker, ExternalWorkerJob job, CancellationToken cancellationToken = default) =>
        worker.ExecuteAsync(job, cancellationToken).AsTask();
}
