namespace Flowable.Workers.Typed.Testing.Tests;

public class FlowableEmulatorOptionsTests
{
    [Fact]
    public void Root_context_by_default() => Assert.Equal(string.Empty, new FlowableEmulatorOptions().ContextPath);
}
