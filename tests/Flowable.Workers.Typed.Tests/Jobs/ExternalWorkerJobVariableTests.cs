using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Tests.Variables;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Tests.Jobs;

public class ExternalWorkerJobVariableTests
{
    private enum Priority
    {
        Low,
        High,
    }

    private static readonly ExternalWorkerJob Job = new()
    {
        Id = "JOB-1",
        Variables =
        [
            VariableWriter.String("customer", "C-7"),
            VariableWriter.Int32("count", 3),
            VariableWriter.Int64("big", 9_000_000_000),
            VariableWriter.Int16("small", (short)2),
            VariableWriter.Double("ratio", 0.5),
            VariableWriter.Decimal("amount", 12.50m),
            VariableWriter.BigInteger("huge", BigInteger.Pow(2, 100)),
            VariableWriter.Boolean("paid", true),
            VariableWriter.DateTimeOffset("due", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)),
            VariableWriter.DateOnly("day", new DateOnly(2024, 1, 2)),
            VariableWriter.Guid("key", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")),
            VariableWriter.Enum("priority", Priority.High),
            VariableWriter.Json("order", new Order("A-1", [new Line("pen", 2)]), TestJsonContext.Default.Order),
            Wire.Parse("""{"name":"nothing","value":null}"""),
            VariableWriter.String("Customer", "other case"),
        ],
    };

    [Fact]
    public void Typed_reads_cover_every_supported_type()
    {
        Assert.Equal("C-7", Job.GetVariable<string>("customer"));
        Assert.Equal(3, Job.GetVariable<int>("count"));
        Assert.Equal(9_000_000_000, Job.GetVariable<long>("big"));
        Assert.Equal((short)2, Job.GetVariable<short>("small"));
        Assert.Equal(0.5, Job.GetVariable<double>("ratio"));
        Assert.Equal(0.5f, Job.GetVariable<float>("ratio"));
        Assert.Equal(12.50m, Job.GetVariable<decimal>("amount"));
        Assert.Equal(BigInteger.Pow(2, 100), Job.GetVariable<BigInteger>("huge"));
        Assert.True(Job.GetVariable<bool>("paid"));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), Job.GetVariable<DateTimeOffset>("due"));
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), Job.GetVariable<DateTime>("due"));
        Assert.Equal(new DateOnly(2024, 1, 2), Job.GetVariable<DateOnly>("day"));
        Assert.Equal(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), Job.GetVariable<Guid>("key"));
        Assert.Equal(Priority.High, Job.GetVariable<Priority>("priority"));
        Assert.Equal("A-1", Job.GetVariable<JsonElement>("order").GetProperty("id").GetString());
        Assert.Equal("pen", (string)Job.GetVariable<JsonNode>("order")!["lines"]![0]!["sku"]!);
        Assert.Equal("A-1", Job.GetVariable("order", TestJsonContext.Default.Order).Id);
    }

    [Fact]
    public void Nullable_reads_give_null_for_missing_and_null_variables()
    {
        Assert.Equal(3, Job.GetVariable<int?>("count"));
        Assert.Equal(Priority.High, Job.GetVariable<Priority?>("priority"));
        Assert.Null(Job.GetVariable<int?>("absent"));
        Assert.Null(Job.GetVariable<decimal?>("nothing"));
        Assert.Null(Job.GetVariable<Priority?>("nothing"));
    }

    [Fact]
    public void Missing_null_and_wrong_kind_fail_with_the_variable_named()
    {
        Assert.Equal("Variable 'absent' expected integer but was missing", Assert.Throws<VariableConversionException>(() => Job.GetVariable<int>("absent")).Message);
        Assert.Equal("Variable 'nothing' expected string but was null", Assert.Throws<VariableConversionException>(() => Job.GetVariable<string>("nothing")).Message);
        Assert.Equal("Variable 'customer' expected integer but was string \"C-7\"", Assert.Throws<VariableConversionException>(() => Job.GetVariable<int>("customer")).Message);
        Assert.Equal("Variable 'absent' expected string (Priority) but was missing", Assert.Throws<VariableConversionException>(() => Job.GetVariable<Priority>("absent")).Message);
        Assert.Equal("Variable 'absent' expected json (Order) but was missing", Assert.Throws<VariableConversionException>(() => Job.GetVariable("absent", TestJsonContext.Default.Order)).Message);
        Assert.Equal("Variable 'customer' expected string (Priority) but was string \"C-7\"", Assert.Throws<VariableConversionException>(() => Job.GetVariable<Priority?>("customer")).Message);
    }

    [Fact]
    public void Try_reads_return_false_only_for_missing_or_null()
    {
        Assert.True(Job.TryGetVariable<int>("count", out var count));
        Assert.Equal(3, count);
        Assert.False(Job.TryGetVariable<int>("absent", out _));
        Assert.False(Job.TryGetVariable<string>("nothing", out _));
        Assert.Throws<VariableConversionException>(() => Job.TryGetVariable<bool>("customer", out _));

        Assert.True(Job.TryGetVariable("order", TestJsonContext.Default.Order, out var order));
        Assert.Equal("A-1", order.Id);
        Assert.False(Job.TryGetVariable("nothing", TestJsonContext.Default.Order, out _));
    }

    [Fact]
    public void A_type_that_needs_json_metadata_is_refused_with_the_way_out()
    {
        var error = Assert.Throws<NotSupportedException>(() => Job.GetVariable<Order>("order"));

        Assert.Contains("JsonTypeInfo<Order>", error.Message, StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => Job.TryGetVariable<Order>("absent", out _));
    }

    [Fact]
    public void Names_are_matched_ordinally()
    {
        Assert.Equal("C-7", Job.GetVariable<string>("customer"));
        Assert.Equal("other case", Job.GetVariable<string>("Customer"));
        Assert.False(Job.TryGetVariable("CUSTOMER", out _));
    }

    [Fact]
    public void Many_variables_are_found_by_name_and_the_first_of_a_duplicate_wins()
    {
        var variables = Enumerable.Range(0, 50).Select(i => VariableWriter.Int32($"v{i}", i)).Append(VariableWriter.Int32("v7", -1)).ToList();
        var job = new ExternalWorkerJob { Id = "JOB-2", Variables = variables };

        Assert.All(Enumerable.Range(0, 50), i => Assert.Equal(i, job.GetVariable<int>($"v{i}")));
        Assert.False(job.TryGetVariable("v50", out _));
        Assert.True(job.TryGetVariable("v49", out var last));
        Assert.Equal("v49", last.Name);
    }

    [Fact]
    public void A_job_without_variables_has_an_empty_list()
    {
        var job = new ExternalWorkerJob { Id = "JOB-3", Variables = null! };

        Assert.Empty(job.Variables);
        Assert.False(job.TryGetVariable("x", out _));
    }
}
