using System.Net.Http.Headers;
using System.Text;

namespace Flowable.Workers.Typed;

/// <summary>HTTP Basic authentication with a Flowable user name and password (<c>Authorization: Basic …</c>).</summary>
public sealed class BasicAuthentication : FlowableAuthentication
{
    private readonly AuthenticationHeaderValue _header;

    /// <summary>Creates Basic authentication for a user.</summary>
    /// <param name="userName">The Flowable user id; must not contain <c>:</c>.</param>
    /// <param name="password">The user's password.</param>
    public BasicAuthentication(string userName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(password);
        if (userName.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A Basic authentication user name cannot contain ':'.", nameof(userName));
        }

        UserName = userName;
        _header = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password)));
    }

    /// <summary>The user name (not a secret; the password is not exposed).</summary>
    public string UserName { get; }

    /// <inheritdoc />
    public override DelegatingHandler CreateHandler() => new AuthorizationHeaderHandler(_ => ValueTask.FromResult(_header));

    /// <inheritdoc />
    public override string ToString() => $"Basic authentication as '{UserName}'";
}
