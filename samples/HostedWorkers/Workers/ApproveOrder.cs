using Flowable.Workers.Typed;
using HostedWorkers.Services;

namespace HostedWorkers.Workers;

/// <summary>Approves orders up to the policy's limit; larger ones end in the BPMN error <c>amountTooHigh</c>.</summary>
[ExternalWorker("approveOrder", MaxConcurrency = 4, ScopeType = ScopeType.Bpmn)]
public sealed partial class ApproveOrder(IOrderPolicy policy)
{
    public Approval Handle(string customer, decimal amount, Order order)
    {
        if (amount > policy.Limit)
        {
            throw new BpmnErrorException("amountTooHigh");
        }

        return new Approval(true, $"Order {order.Id} ({order.Lines} lines, {amount}) for {customer} approved");
    }
}
