using System.Text;

namespace Flowable.Workers.Typed.Testing;

/// <summary>
/// What credentials the emulator demands. A request without them gets what Flowable's security layer answers:
/// 401, an empty body and <c>WWW-Authenticate: Basic realm="Realm"</c>.
/// </summary>
public sealed class EmulatorAuthentication
{
    private readonly string? _expectedHeader;

    private EmulatorAuthentication(string? expectedHeader, string description)
    {
        _expectedHeader = expectedHeader;
        Description = description;
    }

    /// <summary>No authentication: every request is let in.</summary>
    public static EmulatorAuthentication None { get; } = new(null, "none");

    /// <summary>HTTP Basic with this user and password.</summary>
    public static EmulatorAuthentication Basic(string user, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        return new("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")), $"Basic user '{user}'");
    }

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c> with this token (a Flowable Cloud personal access token).</summary>
    public static EmulatorAuthentication BearerToken(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new("Bearer " + token, "bearer token");
    }

    /// <summary>A short description for diagnostics.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public override string ToString() => Description;

    internal bool Admits(string? authorizationHeader) =>
        _expectedHeader is null || string.Equals(_expectedHeader, authorizationHeader?.Trim(), StringComparison.Ordinal);
}
