using System.Net.Http.Headers;

namespace Flowable.Workers.Typed;

/// <summary>Sets the <c>Authorization</c> header of every request to a value obtained just before sending.</summary>
internal sealed class AuthorizationHeaderHandler : DelegatingHandler
{
    private readonly Func<CancellationToken, ValueTask<AuthenticationHeaderValue>> _header;

    public AuthorizationHeaderHandler(Func<CancellationToken, ValueTask<AuthenticationHeaderValue>> header)
    {
        _header = header;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = await _header(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
