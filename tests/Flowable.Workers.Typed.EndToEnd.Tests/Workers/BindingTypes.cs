namespace Flowable.Workers.Typed.EndToEnd.Tests.Workers;

public enum Tier
{
    Bronze,
    Gold,
}

public sealed record Address(string Street, int Number);
