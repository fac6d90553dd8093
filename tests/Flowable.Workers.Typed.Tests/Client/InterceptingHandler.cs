namespace Flowable.Workers.Typed.Tests.Client;

/// <summary>
/// Sends requests to the emulator, except those <see cref="Intercept"/> answers itself (a status the emulator would
/// not give, or an effect such as moving a fake clock while an answer is "on the way").
/// </summary>
internal sealed class InterceptingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private int _intercepted;

    /// <summary>
    /// Called with each request's path and method before it is sent; returns a response to answer with instead, or null
    /// to send the request.
    /// </summary>
    public Func<string, HttpMethod, HttpResponseMessage?> Intercept { get; init; } = (_, _) => null;

    /// <summary>Called with each request's path after the emulator answered it.</summary>
    public Action<string> Answered { get; init; } = _ => { };

    /// <summary>How many requests <see cref="Intercept"/> answered.</summary>
    public int Intercepted => Volatile.Read(ref _intercepted);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (Intercept(path, request.Method) is { } answer)
        {
            Interlocked.Increment(ref _intercepted);
            answer.RequestMessage = request;
            return answer;
        }

        var response = await base.SendAsync(request, cancellationToken);
        Answered(path);
        return response;
    }
}
