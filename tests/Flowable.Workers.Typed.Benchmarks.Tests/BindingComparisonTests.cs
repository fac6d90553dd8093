using Flowable.Workers.Typed.Benchmarks.Binding;
using Flowable.Workers.Typed.Benchmarks.Check;

namespace Flowable.Workers.Typed.Benchmarks.Tests;

/// <summary>
/// The binding benchmark is honest only while the generated adapter and the reflection binder do the same job: the
/// same result for a valid job, the same error for a bad one.
/// </summary>
public class BindingComparisonTests
{
    [Fact]
    public void Both_binders_produce_the_same_result_for_the_benchmarked_job()
    {
        var job = BenchmarkJobs.Valid();

        var generated = BindingComparison.Generated(job);

        Assert.Equal(
            """
            Complete code= message= retries= timeout=
            shipmentId:string="order-7"
            charged:bigDecimal="129.90"
            express:boolean=true
            shipBy:date="2026-11-29T12:30:00.000Z"
            items:integer=5
            """.ReplaceLineEndings("\n"),
            generated);
        Assert.Equal(generated, BindingComparison.Reflection(job));
    }

    [Fact]
    public void Both_binders_report_a_variable_of_the_wrong_kind_alike()
    {
        var job = BenchmarkJobs.WrongQuantity();

        Assert.Equal("VariableConversionException: Variable 'quantity' expected integer but was string \"three\"", BindingComparison.Generated(job));
        Assert.Equal(BindingComparison.Generated(job), BindingComparison.Reflection(job));
    }

    [Fact]
    public void Both_binders_report_a_missing_json_variable_alike()
    {
        var job = BenchmarkJobs.MissingOrder();

        Assert.Equal("VariableConversionException: Variable 'order' expected json (Order) but was missing", BindingComparison.Generated(job));
        Assert.Equal(BindingComparison.Generated(job), BindingComparison.Reflection(job));
    }

    [Fact]
    public void The_benchmark_bodies_return_the_same_result()
    {
        var benchmarks = new BindingBenchmarks();

        Assert.Equal(ResultText.Render(benchmarks.Generated()), ResultText.Render(benchmarks.Reflection()));
    }
}
