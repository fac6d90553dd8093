using Flowable.Workers.Typed.Rest;

namespace Flowable.Workers.Typed.Tests.Rest.Stubs;

internal static class TestApis
{
    public static readonly Uri FlowableUrl = new("http://flowable.test/flowable-work");

    public static IFlowableExternalJobApi Over(StubHandler handler, FlowableAuthentication? authentication = null) =>
        FlowableExternalJobApi.Create(new FlowableApiOptions
        {
            FlowableUrl = FlowableUrl,
            Handler = handler,
            Authentication = authentication,
        });
}
