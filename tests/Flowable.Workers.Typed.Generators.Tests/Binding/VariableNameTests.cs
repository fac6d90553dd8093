using Flowable.Workers.Typed.Generators.Tests.Binding.Workers;
using static Flowable.Workers.Typed.Generators.Tests.Binding.TestJobs;

namespace Flowable.Workers.Typed.Generators.Tests.Binding;

/// <summary>Flowable puts no rule on variable names beyond being non-empty; neither does the generator.</summary>
public sealed class VariableNameTests
{
    [Fact]
    public async Task Names_with_dashes_dots_spaces_and_leading_digits_are_read_and_written()
    {
        var job = With(
            Variable("customer-id", "string", "\"c-7\""),
            Variable("order.total", "bigDecimal", "\"12.50\""),
            Variable("with space", "integer", "2"));

        var result = await ExecuteAsync(new UnusualNamesWorker(), job);

        Assert.Equal(WorkerResultKind.Complete, result.Kind);
        Assert.Equal(["order.total:bigDecimal=\"25.00\"", "1st-choice:string=\"c-7\""], result.Variables.Select(Render));
    }
}
