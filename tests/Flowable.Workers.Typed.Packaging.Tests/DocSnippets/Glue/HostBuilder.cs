// Glue for fragments of a worker service's Program.cs: the host builder they add to, one worker and its services.
using Flowable.Workers.Typed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyWorkers;

var builder = Host.CreateApplicationBuilder(args);
/* fragment */
await builder.Build().RunAsync();

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
