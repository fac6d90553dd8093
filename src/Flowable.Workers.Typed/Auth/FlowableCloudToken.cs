namespace Flowable.Workers.Typed;

/// <summary>
/// A Flowable Cloud or Flowable Work personal access token, sent as <c>Authorization: Bearer …</c> (the analogue of
/// the Python client's <c>FlowableCloudToken</c>).
/// </summary>
public sealed class FlowableCloudToken : BearerTokenAuthentication
{
    /// <summary>Creates the authentication from a personal access token.</summary>
    /// <param name="personalAccessToken">The token created in Flowable's user settings.</param>
    public FlowableCloudToken(string personalAccessToken)
        : base(personalAccessToken)
    {
    }

    /// <inheritdoc />
    public override string ToString() => "Flowable Cloud personal access token";
}
