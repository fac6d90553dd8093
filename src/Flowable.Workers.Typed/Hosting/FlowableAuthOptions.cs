namespace Flowable.Workers.Typed.Hosting;

/// <summary>
/// Credentials from configuration, section <c>Flowable:Auth</c>: set one of <see cref="Basic"/>, <see cref="Token"/>
/// or <see cref="CloudToken"/>. Secrets can come from any configuration provider (environment, user secrets, a
/// vault); they are never logged.
/// </summary>
public sealed class FlowableAuthOptions
{
    /// <summary>HTTP Basic credentials: <c>Flowable:Auth:Basic:User</c> and <c>Flowable:Auth:Basic:Password</c>.</summary>
    public FlowableBasicAuthOptions Basic { get; } = new();

    /// <summary>A bearer token, <c>Flowable:Auth:Token</c>.</summary>
    public string? Token { get; set; }

    /// <summary>A Flowable Cloud / Work personal access token, <c>Flowable:Auth:CloudToken</c>.</summary>
    public string? CloudToken { get; set; }

    /// <summary>The authentication these settings describe; null when none is set.</summary>
    internal FlowableAuthentication? Create()
    {
        if (!string.IsNullOrEmpty(Basic.User))
        {
            return new BasicAuthentication(Basic.User, Basic.Password ?? string.Empty);
        }

        if (!string.IsNullOrEmpty(Token))
        {
            return new BearerTokenAuthentication(Token);
        }

        return string.IsNullOrEmpty(CloudToken) ? null : new FlowableCloudToken(CloudToken);
    }

    /// <summary>Which kind of credentials is set, never their values.</summary>
    public override string ToString() =>
        !string.IsNullOrEmpty(Basic.User) ? $"Basic as '{Basic.User}'"
        : !string.IsNullOrEmpty(Token) ? "bearer token"
        : !string.IsNullOrEmpty(CloudToken) ? "Flowable Cloud token"
        : "none";
}
