using Flowable.Workers.Typed;

namespace ModelChecked.Workers;

/// <summary>Scores a claim; the task's out-parameters keep the score and the decision as claimScore and claimApproved.</summary>
[ExternalWorker("assessClaim", ScopeType = ScopeType.Cmmn)]
public sealed partial class AssessClaim
{
    public Assessment Handle(double amount, string? reason)
    {
        var score = amount < 1000 ? 90 : 40;
        return new Assessment(score, score >= 50 && reason is not null);
    }
}

/// <summary>What <see cref="AssessClaim"/> completes with.</summary>
public sealed record Assessment(int Score, bool Approved);
