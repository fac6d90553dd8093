namespace Flowable.Workers.Typed.Hosting;

/// <summary>HTTP Basic credentials from configuration (<c>Flowable:Auth:Basic</c>).</summary>
public sealed class FlowableBasicAuthOptions
{
    /// <summary>The Flowable user id.</summary>
    public string? User { get; set; }

    /// <summary>The user's password; never logged.</summary>
    public string? Password { get; set; }

    /// <summary>The user name only.</summary>
    public override string ToString() => User is null ? "none" : $"user '{User}'";
}
