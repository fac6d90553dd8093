namespace Flowable.Workers.Typed.Diagnostics;

/// <summary>The values of the <c>flowable.outcome</c> attribute.</summary>
internal static class JobOutcome
{
    public const string Completed = "completed";
    public const string BpmnError = "bpmn_error";
    public const string CmmnTerminate = "cmmn_terminate";
    public const string Failed = "failed";
    public const string GivenBack = "given_back";

    public static string Of(WorkerResult? result) => result?.Kind switch
    {
        null => GivenBack,
        WorkerResultKind.Complete => Completed,
        WorkerResultKind.BpmnError => BpmnError,
        WorkerResultKind.CmmnTerminate => CmmnTerminate,
        _ => Failed,
    };
}
