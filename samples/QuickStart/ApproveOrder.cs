using Flowable.Workers.Typed;

namespace QuickStart;

/// <summary>The worker's business logic: one job in, one outcome out.</summary>
internal static class ApproveOrder
{
    public const string Topic = "approveOrder";

    private const decimal Limit = 1000m;

    public static WorkerResult? Handle(ExternalWorkerJob job, WorkerResultBuilder result, CancellationToken cancellationToken)
    {
        // A missing or mistyped variable throws a clear VariableConversionException, which fails the job.
        var customer = job.GetVariable<string>("customer");
        var amount = job.GetVariable<decimal>("amount");

        if (amount <= Limit)
        {
            return result.Success()
                .Variable("approved", true)
                .Variable("approvedAt", DateTimeOffset.UtcNow)
                .Variable("note", $"Order of {amount} for {customer} approved");
        }

        // Over the limit: a process handles it with an error boundary event, a case by terminating the task.
        return job.IsBpmn
            ? result.BpmnError("amountTooHigh").Variable("limit", Limit)
            : result.CmmnTerminate().Variable("reason", $"{amount} is over the limit of {Limit}");
    }
}
