using System.Collections;

namespace Flowable.Workers.Typed.Diagnostics;

/// <summary>The logging scope of one job: its id, topic and process or case instance, as structured properties.</summary>
internal sealed class JobLogScope(ExternalWorkerJob job, string topic) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 4;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("JobId", job.Id),
        1 => new("Topic", topic),
        2 => new("ProcessInstanceId", job.ProcessInstanceId),
        3 => new("CaseInstanceId", JobTelemetry.CaseInstanceId(job)),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        $"Job {job.Id} on topic '{topic}'" + (job.ProcessInstanceId is { } process ? $", process instance {process}"
            : JobTelemetry.CaseInstanceId(job) is { } caseInstance ? $", case instance {caseInstance}" : string.Empty);
}
