namespace Flowable.Workers.Typed.Tests;

public class ScopeTypeTests
{
    [Fact]
    public void Any_is_the_default() => Assert.Equal(ScopeType.Any, default(ScopeType));
}
