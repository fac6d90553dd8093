using System.Net.Http.Headers;

namespace Flowable.Workers.Typed;

/// <summary>
/// Bearer token authentication (<c>Authorization: Bearer …</c>), with a fixed token or a provider asked before every
/// request, for tokens that expire and are refreshed (OAuth client credentials, a secret store).
/// </summary>
public class BearerTokenAuthentication : FlowableAuthentication
{
    private readonly Func<CancellationToken, ValueTask<string>> _tokenProvider;

    /// <summary>Authenticates every request with the same token.</summary>
    /// <param name="token">The bearer token.</param>
    public BearerTokenAuthentication(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        _tokenProvider = _ => ValueTask.FromResult(token);
    }

    /// <summary>Authenticates each request with the token the provider returns for it; the provider caches as it sees fit.</summary>
    /// <param name="tokenProvider">Called once per request, with the request's cancellation token.</param>
    public BearerTokenAuthentication(Func<CancellationToken, ValueTask<string>> tokenProvider)
    {
        ArgumentNullException.ThrowIfNull(tokenProvider);
        _tokenProvider = tokenProvider;
    }

    /// <inheritdoc />
    public sealed override DelegatingHandler CreateHandler() => new AuthorizationHeaderHandler(async cancellationToken =>
    {
        var token = await _tokenProvider(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token))
        {
            throw new InvalidOperationException("The bearer token provider returned no token.");
        }

        return new AuthenticationHeaderValue("Bearer", token);
    });

    /// <inheritdoc />
    public override string ToString() => "Bearer token authentication";
}
