namespace Flowable.Workers.Typed.Generators.Tests.Binding.Workers;

public enum Priority
{
    Low,
    High,
}

public sealed record Address(string Street, int Number);

public sealed record Order(string Id, int Lines);
