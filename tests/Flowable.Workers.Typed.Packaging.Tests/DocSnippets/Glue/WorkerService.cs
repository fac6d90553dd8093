// Glue for fragments that build a worker service's host themselves: its usings, and one worker and its services.
using Flowable.Workers.Typed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyWorkers;

/* fragment */

namespace MyWorkers
{
    [ExternalWorker("glueWorker")]
    public partial class GlueWorker
    {
        public void Handle(string orderId) => _ = orderId;
    }

    public interface IPaymentGateway;

    public sealed class StripeGateway : IPaymentGateway;
}
