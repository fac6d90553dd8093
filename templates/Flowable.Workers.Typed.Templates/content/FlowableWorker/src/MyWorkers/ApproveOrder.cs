using Flowable.Workers.Typed;

namespace MyWorkers;

/// <summary>Approves orders up to a limit; a larger one ends in the BPMN error <c>amountTooHigh</c>.</summary>
[ExternalWorker(Topic, LockDuration = "PT1M")]
public partial class ApproveOrder
{
    public const string Topic = "approveOrder";
    public const decimal Limit = 1000m;

    public Approval Handle(string customer, decimal amount) =>
        amount > Limit
            ? throw new BpmnErrorException("amountTooHigh")
            : new Approval(Approved: true, Note: $"Order of {amount} for {customer} approved");
}

/// <summary>The variables a job completes with: <c>approved</c> and <c>note</c>.</summary>
public sealed record Approval(bool Approved, string Note);
