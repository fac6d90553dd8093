using Flowable.Workers.Typed.Generators.Parsing;
using Flowable.Workers.Typed.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Generators.Tests;

/// <summary>
/// An invalid worker gets no generated code at all, so the only diagnostics are the user's own; the parser names
/// the problem, which the analyzers will report.
/// </summary>
public sealed class InvalidWorkerTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Flowable.Workers.Typed;

        """;

    public static TheoryData<string, string> InvalidWorkers => new()
    {
        { """[ExternalWorker("t")] public class W { public void Handle() { } }""", nameof(WorkerProblemKind.NotPartial) },
        { """public class Outer { [ExternalWorker("t")] public partial class W { public void Handle() { } } }""", nameof(WorkerProblemKind.ContainingTypeNotPartial) },
        { """public partial class Outer { [ExternalWorker("t")] private partial class W { public void Handle() { } } }""", nameof(WorkerProblemKind.Inaccessible) },
        { """[ExternalWorker("t")] public partial class W<T> { public void Handle() { } }""", nameof(WorkerProblemKind.Generic) },
        { """public partial class Outer<T> { [ExternalWorker("t")] public partial class W { public void Handle() { } } }""", nameof(WorkerProblemKind.Generic) },
        { """[ExternalWorker("t")] public static partial class W { public static void Handle() { } }""", nameof(WorkerProblemKind.NotInstantiable) },
        { """[ExternalWorker("t")] public abstract partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.NotInstantiable) },
        { """[ExternalWorker("")] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.InvalidTopic) },
        { """[ExternalWorker("  ")] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.InvalidTopic) },
        { """[ExternalWorker(null!)] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.InvalidTopic) },
        { """[ExternalWorker("t", LockDuration = "2 minutes")] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.InvalidDuration) },
        { """[ExternalWorker("t", LockDuration = "P1M")] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.InvalidDuration) },
        { """[ExternalWorker("t", LockDuration = "PT0S")] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.OptionOutOfRange) },
        { """[ExternalWorker("t", PollInterval = "PT")] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.InvalidDuration) },
        { """[ExternalWorker("t", NumberOfTasks = 0)] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.OptionOutOfRange) },
        { """[ExternalWorker("t", MaxConcurrency = -1)] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.OptionOutOfRange) },
        { """[ExternalWorker("t", NumberOfRetries = -1)] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.OptionOutOfRange) },
        { """[ExternalWorker("t", ScopeType = (ScopeType)7)] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.OptionOutOfRange) },
        { """[ExternalWorker("t", JsonContext = typeof(string))] public partial class W { public void Handle() { } }""", nameof(WorkerProblemKind.InvalidJsonContext) },
        { """[ExternalWorker("t")] public partial class W { public void Run() { } }""", nameof(WorkerProblemKind.NoHandler) },
        { """[ExternalWorker("t")] public partial class W { internal void Handle() { } }""", nameof(WorkerProblemKind.NoHandler) },
        { """[ExternalWorker("t")] public partial class W { public void Handle() { } public Task HandleAsync() => Task.CompletedTask; }""", nameof(WorkerProblemKind.MultipleHandlers) },
        { """[ExternalWorker("t")] public partial class W { public void Handle() { } public void Handle(int x) { } }""", nameof(WorkerProblemKind.MultipleHandlers) },
        { """[ExternalWorker("t")] public partial class W { public static void Handle() { } }""", nameof(WorkerProblemKind.StaticHandler) },
        { """[ExternalWorker("t")] public partial class W { public void Handle<T>(T value) { } }""", nameof(WorkerProblemKind.GenericHandler) },
        { """[ExternalWorker("t")] public partial class W { public async void Handle() { await Task.Yield(); } }""", nameof(WorkerProblemKind.AsyncVoidHandler) },
        { """[ExternalWorker("t")] public partial class W { public int Handle() => 1; }""", nameof(WorkerProblemKind.UnsupportedReturnType) },
        { """[ExternalWorker("t")] public partial class W { public Task<string> HandleAsync() => Task.FromResult(""); }""", nameof(WorkerProblemKind.UnsupportedReturnType) },
        { """[ExternalWorker("t")] public partial class W { public List<Out> Handle() => new(); } public sealed record Out(int A);""", nameof(WorkerProblemKind.UnsupportedReturnType) },
        { """[ExternalWorker("t")] public partial class W { public object Handle() => new(); }""", nameof(WorkerProblemKind.UnsupportedReturnType) },
        { """[ExternalWorker("t")] public partial class W { public IAsyncEnumerable<int> Handle() => null!; }""", nameof(WorkerProblemKind.UnsupportedReturnType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(ref int count) { } }""", nameof(WorkerProblemKind.ModifiedParameter) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(out int count) { count = 0; } }""", nameof(WorkerProblemKind.ModifiedParameter) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(in int count) { } }""", nameof(WorkerProblemKind.ModifiedParameter) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(object value) { } }""", nameof(WorkerProblemKind.UnsupportedParameterType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(params int[] counts) { } }""", nameof(WorkerProblemKind.ModifiedParameter) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(byte[] payload) { } }""", nameof(WorkerProblemKind.UnsupportedParameterType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(System.IO.Stream payload) { } }""", nameof(WorkerProblemKind.UnsupportedParameterType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(string name, [Variable("name")] string other) { } }""", nameof(WorkerProblemKind.DuplicateParameterVariable) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(CancellationToken a, CancellationToken b) { } }""", nameof(WorkerProblemKind.DuplicateSpecialParameter) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(ExternalWorkerJob a, ExternalWorkerJob b) { } }""", nameof(WorkerProblemKind.DuplicateSpecialParameter) },
        { """[ExternalWorker("t")] public partial class W { public void Handle([Variable("  ")] string orderId) { } }""", nameof(WorkerProblemKind.InvalidVariableName) },
        { """[ExternalWorker("t")] public partial class W { public Out Handle() => new(); } public sealed record Out;""", nameof(WorkerProblemKind.NoOutputProperties) },
        { """[ExternalWorker("t")] public partial class W { public Out Handle() => new(); } public sealed class Out { [Variable("\t")] public int First { get; init; } }""", nameof(WorkerProblemKind.InvalidVariableName) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(TimeSpan value) { } }""", nameof(WorkerProblemKind.UnsupportedParameterType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(char value) { } }""", nameof(WorkerProblemKind.UnsupportedParameterType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(uint value) { } }""", nameof(WorkerProblemKind.UnsupportedParameterType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle((int, int) pair) { } }""", nameof(WorkerProblemKind.UnsupportedParameterType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(Func<int> callback) { } }""", nameof(WorkerProblemKind.UnsupportedParameterType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle(IDisposable resource) { } }""", nameof(WorkerProblemKind.UnsupportedParameterType) },
        { """[ExternalWorker("t")] public partial class W { public void Handle([Variable("")] string name) { } }""", nameof(WorkerProblemKind.InvalidVariableName) },
        { """[ExternalWorker("t")] public partial class W { public void Handle([Variable("j")] ExternalWorkerJob job) { } }""", nameof(WorkerProblemKind.VariableOnSpecialParameter) },
        { """[ExternalWorker("t")] public partial class W { public Out Handle() => new(); } public sealed class Out { public object? Data { get; init; } }""", nameof(WorkerProblemKind.UnsupportedOutputPropertyType) },
        { """[ExternalWorker("t")] public partial class W { public Out Handle() => new(); } public sealed class Out { public int A { get; init; } [Variable("a")] public int B { get; init; } }""", nameof(WorkerProblemKind.DuplicateOutputVariable) },
        { """[ExternalWorker("t")] public partial class W { public W(int a) { } public W(string b) { } public void Handle() { } }""", nameof(WorkerProblemKind.NoUsableConstructor) },
        { """[ExternalWorker("t")] public partial class W { private W() { } public void Handle() { } }""", nameof(WorkerProblemKind.NoUsableConstructor) },
        { """[ExternalWorker("t")] public partial class W(int retries) { public void Handle() { _ = retries; } }""", nameof(WorkerProblemKind.UnsupportedConstructorParameter) },
        { """[ExternalWorker("t")] public partial class W { public W(ref int retries) { } public void Handle() { } }""", nameof(WorkerProblemKind.UnsupportedConstructorParameter) },
    };

    [Theory]
    [MemberData(nameof(InvalidWorkers))]
    public void The_generator_emits_nothing_and_adds_no_diagnostic(string declaration, string expectedProblem)
    {
        var compilation = TestCompilation.Create(Usings + declaration);

        var (output, result) = TestCompilation.Run(compilation);

        Assert.Empty(result.GeneratedSources);
        Assert.Equal(
            compilation.GetDiagnostics().Select(d => d.ToString()).Order(StringComparer.Ordinal),
            output.GetDiagnostics().Select(d => d.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains(Enum.Parse<WorkerProblemKind>(expectedProblem), ParseProblems(compilation).Select(problem => problem.Kind));
    }

    [Fact]
    public void A_valid_worker_beside_an_invalid_one_is_generated_and_registered_alone()
    {
        var compilation = TestCompilation.Create(Usings + """
            namespace Shop;
            [ExternalWorker("good")] public partial class Good { public void Handle(int count) { } }
            [ExternalWorker("bad")] public partial class Bad { public void Handle(object value) { } }
            """);

        var (output, result) = TestCompilation.Run(compilation);

        Assert.Equal(["Shop.Good.g.cs", "ExternalWorkers.g.cs"], result.GeneratedSources.Select(source => source.HintName));
        var registry = result.GeneratedSources.Single(source => source.HintName == "ExternalWorkers.g.cs").SourceText.ToString();
        Assert.Contains("global::Shop.Good", registry, StringComparison.Ordinal);
        Assert.DoesNotContain("Bad", registry, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Every_problem_of_a_worker_is_reported_not_just_the_first()
    {
        var compilation = TestCompilation.Create(Usings + """
            [ExternalWorker("", NumberOfTasks = 0)] public class W { public void Handle(object value, ref int count) { } }
            """);

        var kinds = ParseProblems(compilation).Select(problem => problem.Kind).ToHashSet();

        Assert.Superset(
            new HashSet<WorkerProblemKind> { WorkerProblemKind.NotPartial, WorkerProblemKind.InvalidTopic, WorkerProblemKind.UnsupportedParameterType, WorkerProblemKind.ModifiedParameter },
            kinds);
    }

    private static List<WorkerProblem> ParseProblems(Compilation compilation)
    {
        var problems = new List<WorkerProblem>();
        foreach (var type in AllTypes(compilation.Assembly.GlobalNamespace))
        {
            var attribute = type.GetAttributes().SingleOrDefault(a => a.AttributeClass?.ToDisplayString() == "Flowable.Workers.Typed.ExternalWorkerAttribute");
            if (attribute is not null)
            {
                Assert.Null(Parser.ParseWorker(type, attribute, compilation.Assembly, problems, CancellationToken.None));
            }
        }

        return problems;
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamedTypeSymbol type)
            {
                yield return type;
            }

            if (member is INamespaceOrTypeSymbol nested)
            {
                foreach (var inner in AllTypes(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
