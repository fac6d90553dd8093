using System.Numerics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flowable.Workers.Typed.Generators.Tests.Infrastructure;
using Flowable.Workers.Typed.Shared;
using Flowable.Workers.Typed.Variables;

namespace Flowable.Workers.Typed.Generators.Tests.Truth;

/// <summary>
/// The binding table (<c>src/Flowable.Workers.Typed.Shared/Binding</c>) is the one statement of which C# type maps to
/// which Flowable type and runtime method: the runtime has every method the table names, writes the type it names and
/// words errors as it says, and the generator emits the calls it names.
/// </summary>
public sealed class BindingTableAgreementTests
{
    // Theories take the kind's name: the table's types are internal to the generator.
    public static TheoryData<string> TypedKinds() => new(BindingTable.Rows.Where(row => !row.IsGeneric).Select(row => row.Kind.ToString()));

    [Fact]
    public void The_table_has_one_row_per_kind_in_kind_order()
    {
        Assert.Equal(Enum.GetValues<BindingKind>(), BindingTable.Rows.Select(row => row.Kind));
    }

    [Theory]
    [MemberData(nameof(TypedKinds))]
    public void The_reader_has_the_read_method_of_each_row_returning_its_type(string kindName)
    {
        var kind = Enum.Parse<BindingKind>(kindName);
        var row = BindingTable.For(kind);
        var method = typeof(VariableReader).GetMethod(row.ReadMethod, BindingFlags.Public | BindingFlags.Static, [typeof(RestVariable).MakeByRefType()]);
        Assert.NotNull(method);
        Assert.Equal(ClrType(row), method.ReturnType);
    }

    [Theory]
    [InlineData(nameof(BindingKind.Enum))]
    [InlineData(nameof(BindingKind.Json))]
    public void The_generic_rows_name_generic_reader_and_writer_methods(string kindName)
    {
        var kind = Enum.Parse<BindingKind>(kindName);
        var row = BindingTable.For(kind);
        Assert.Contains(typeof(VariableReader).GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name == row.ReadMethod && m.IsGenericMethodDefinition);
        Assert.Contains(typeof(VariableWriter).GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name == row.WriteMethod && m.IsGenericMethodDefinition);
        Assert.Contains(typeof(VariableListWriter).GetMethods(BindingFlags.Public | BindingFlags.Instance), m => m.Name == row.WriteMethod && m.IsGenericMethodDefinition);
    }

    [Theory]
    [MemberData(nameof(TypedKinds))]
    public void Both_writers_have_the_write_method_of_each_row_for_the_type_and_its_nullable_form(string kindName)
    {
        var kind = Enum.Parse<BindingKind>(kindName);
        var row = BindingTable.For(kind);
        var type = ClrType(row);
        var forms = type.IsValueType ? new[] { type, typeof(Nullable<>).MakeGenericType(type) } : [type];
        foreach (var form in forms)
        {
            Assert.NotNull(typeof(VariableWriter).GetMethod(row.WriteMethod, BindingFlags.Public | BindingFlags.Static, [typeof(string), form]));
            Assert.NotNull(typeof(VariableListWriter).GetMethod(row.WriteMethod, BindingFlags.Public | BindingFlags.Instance, [typeof(string), form]));
        }
    }

    [Theory]
    [MemberData(nameof(TypedKinds))]
    public void The_writer_writes_the_flowable_type_of_each_row(string kindName)
    {
        var kind = Enum.Parse<BindingKind>(kindName);
        var row = BindingTable.For(kind);
        var type = ClrType(row);
        var method = typeof(VariableWriter).GetMethod(row.WriteMethod, BindingFlags.Public | BindingFlags.Static, [typeof(string), type])!;
        var variable = (RestVariable)method.Invoke(null, ["v", Sample(kind)])!;
        Assert.Equal(row.WrittenType, variable.Type);
        Assert.False(variable.IsNull);
    }

    [Theory]
    [MemberData(nameof(TypedKinds))]
    public void The_reader_words_a_null_variable_as_the_row_expects(string kindName)
    {
        var kind = Enum.Parse<BindingKind>(kindName);
        var row = BindingTable.For(kind);
        var method = typeof(VariableReader).GetMethod(row.ReadMethod, BindingFlags.Public | BindingFlags.Static, [typeof(RestVariable).MakeByRefType()])!;
        var exception = Assert.Throws<TargetInvocationException>(() => method.Invoke(null, [VariableWriter.Null("v", row.WrittenType)]));
        Assert.Equal(row.ExpectedType, Assert.IsType<VariableConversionException>(exception.InnerException).ExpectedType);
    }

    [Fact]
    public void The_generator_emits_the_read_and_write_call_and_the_expected_words_of_each_typed_row()
    {
        var rows = BindingTable.Rows.Where(row => !row.IsGeneric).ToList();
        var parameters = string.Join(", ", rows.Select(row => $"global::{row.ClrNamespace}.{row.ClrName} p{row.Kind}"));
        var properties = string.Join(", ", rows.Select(row => $"global::{row.ClrNamespace}.{row.ClrName} O{row.Kind}"));
        var source = $$"""
            using Flowable.Workers.Typed;
            namespace Rows;
            public sealed record Output({{properties}});
            [ExternalWorker("rows")]
            public partial class RowWorker
            {
                public Output Handle({{parameters}}) => throw new System.NotImplementedException();
            }
            """;

        var (output, result) = TestCompilation.Run(TestCompilation.Create(source));

        Assert.Empty(TestCompilation.Errors(output));
        var generated = result.GeneratedSources.Single(s => s.HintName == "Rows.RowWorker.g.cs").SourceText.ToString();
        foreach (var row in rows)
        {
            Assert.Contains($"VariableReader.{row.ReadMethod}(global::Flowable.Workers.Typed.VariableBinding.Required(job, \"p{row.Kind}\", \"{row.ExpectedType}\"))", generated);
            Assert.Contains($"variables.{row.WriteMethod}(\"o{row.Kind}\", result.O{row.Kind});", generated);
        }
    }

    [Theory]
    [InlineData("global::System.Collections.Generic.List<int>", typeof(List<int>), "json (List<int>)")]
    [InlineData("global::System.Collections.Generic.Dictionary<string, int?[]>", typeof(Dictionary<string, int?[]>), "json (Dictionary<string, int?[]>)")]
    [InlineData("global::System.Collections.Generic.IReadOnlyList<string?>", typeof(IReadOnlyList<string>), "json (IReadOnlyList<string>)")]
    [InlineData("decimal[]", typeof(decimal[]), "json (decimal[])")]
    public void Compile_time_and_run_time_word_a_json_type_as_CSharp_names_it(string declared, Type runtimeType, string expected)
    {
        var source = $$"""
            using Flowable.Workers.Typed;
            [ExternalWorker("json")]
            public partial class JsonWorker
            {
                public void Handle({{declared}} value) { }
            }
            """;
        var (_, result) = TestCompilation.Run(TestCompilation.Create(source));
        Assert.Contains($"\"{expected}\"", result.GeneratedSources.Single(s => s.HintName == "JsonWorker.g.cs").SourceText.ToString());

        var read = typeof(BindingTableAgreementTests).GetMethod(nameof(ReadNullJson), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(runtimeType);
        var exception = Assert.Throws<TargetInvocationException>(() => read.Invoke(null, null));
        Assert.Equal(expected, Assert.IsType<VariableConversionException>(exception.InnerException).ExpectedType);
    }

    [Fact]
    public void The_runtime_declares_the_types_the_generator_and_analyzers_look_for_by_name()
    {
        Assert.Equal(RuntimeNames.ExternalWorkerAttribute, typeof(ExternalWorkerAttribute).FullName);
        Assert.Equal(RuntimeNames.VariableAttribute, typeof(VariableAttribute).FullName);
        Assert.Equal(RuntimeNames.ExternalWorkerJsonContextAttribute, typeof(ExternalWorkerJsonContextAttribute).FullName);
        Assert.Equal(RuntimeNames.ExternalWorkerJob, typeof(ExternalWorkerJob).FullName);
        Assert.Equal(RuntimeNames.WorkerResult, typeof(WorkerResult).FullName);
        Assert.Equal(RuntimeNames.BpmnErrorException, typeof(BpmnErrorException).FullName);
        Assert.Equal(RuntimeNames.CmmnTerminateException, typeof(CmmnTerminateException).FullName);
        Assert.Equal(RuntimeNames.VariableReader, typeof(VariableReader).FullName);
        Assert.Equal(RuntimeNames.VariableListWriter, typeof(VariableListWriter).FullName);
        Assert.Equal(RuntimeNames.TopicParameter, typeof(ExternalWorkerAttribute).GetConstructors().Single().GetParameters().Single().Name);
    }

    private static void ReadNullJson<T>() =>
        VariableReader.ReadJson(VariableWriter.Null("v", VariableTypes.Json), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)JsonSerializerOptions.Default.GetTypeInfo(typeof(T)));

    private static Type ClrType(BindingRow row) => Type.GetType($"{row.ClrNamespace}.{row.ClrName}, {AssemblyOf(row)}", throwOnError: true)!;

    private static string AssemblyOf(BindingRow row) => row.ClrNamespace switch
    {
        "System.Numerics" => typeof(BigInteger).Assembly.FullName!,
        "System.Text.Json" => typeof(JsonElement).Assembly.FullName!,
        "System.Text.Json.Nodes" => typeof(JsonNode).Assembly.FullName!,
        _ => typeof(object).Assembly.FullName!,
    };

    private static object Sample(BindingKind kind) => kind switch
    {
        BindingKind.String => "text",
        BindingKind.Int32 => 1,
        BindingKind.Int64 => 1L,
        BindingKind.Int16 => (short)1,
        BindingKind.Double => 1.5,
        BindingKind.Single => 1.5f,
        BindingKind.Decimal => 1.5m,
        BindingKind.BigInteger => new BigInteger(1),
        BindingKind.Boolean => true,
        BindingKind.DateTimeOffset => DateTimeOffset.UnixEpoch,
        BindingKind.DateTime => DateTime.UnixEpoch,
        BindingKind.DateOnly => new DateOnly(2024, 1, 31),
        BindingKind.Guid => Guid.Empty,
        BindingKind.JsonElement => JsonDocument.Parse("{}").RootElement,
        BindingKind.JsonNode => new JsonObject(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
