namespace Flowable.Workers.Typed;

/// <summary>Authentication by a <see cref="DelegatingHandler"/> the caller supplies.</summary>
internal sealed class DelegatingHandlerAuthentication : FlowableAuthentication
{
    private readonly Func<DelegatingHandler> _handlerFactory;

    public DelegatingHandlerAuthentication(Func<DelegatingHandler> handlerFactory)
    {
        ArgumentNullException.ThrowIfNull(handlerFactory);
        _handlerFactory = handlerFactory;
    }

    public override DelegatingHandler CreateHandler() =>
        _handlerFactory() ?? throw new InvalidOperationException("The authentication handler factory returned null.");

    public override string ToString() => "Custom authentication handler";
}
