namespace Flowable.Workers.Typed.Analyzers.Tests;

/// <summary>
/// For each rule of <see cref="ExternalWorkerAnalyzer"/>: a worker that breaks it, with <c>{|#0:…|}</c> around the
/// exact span reported, the exact message, and a near miss that differs as little as possible and is valid.
/// </summary>
internal static class DiagnosticCases
{
    public const string SupportedTypes = "Supported: string, int, long, short, double, float, decimal, BigInteger, bool, DateTimeOffset, DateTime, DateOnly, Guid, enums, JsonElement, JsonNode, records, classes, arrays, lists and dictionaries, and their nullable forms";

    public static IReadOnlyDictionary<string, DiagnosticCase> ById { get; } = new[]
    {
        new DiagnosticCase(
            "FLW0001",
            """[ExternalWorker("t")] public class {|#0:W|} { public void Handle() { } }""",
            "The worker class 'W' must be partial: the generator adds its IExternalWorker implementation to it",
            """[ExternalWorker("t")] public partial class W { public void Handle() { } }"""),
        new DiagnosticCase(
            "FLW0002",
            """public class Outer { [ExternalWorker("t")] public partial class {|#0:W|} { public void Handle() { } } }""",
            "'Outer' contains a worker class and must be partial too",
            """public partial class Outer { [ExternalWorker("t")] public partial class W { public void Handle() { } } }"""),
        new DiagnosticCase(
            "FLW0003",
            """[ExternalWorker("t")] public abstract partial class {|#0:W|} { public void Handle() { } }""",
            "The worker class 'W' is abstract; a worker is created for every job, so it cannot be static or abstract",
            """[ExternalWorker("t")] public sealed partial class W { public void Handle() { } }"""),
        new DiagnosticCase(
            "FLW0004",
            """[ExternalWorker("t")] public partial class {|#0:W|}<T> { public void Handle() { } }""",
            "'W' is generic; a worker class and the types containing it cannot have type parameters",
            """[ExternalWorker("t")] public partial class W { public void Handle() { } }"""),
        new DiagnosticCase(
            "FLW0005",
            """public partial class Outer { [ExternalWorker("t")] private partial class {|#0:W|} { public void Handle() { } } }""",
            "'W' is private; a worker class and the types containing it must be public or internal so the assembly's worker list can reach it",
            """public partial class Outer { [ExternalWorker("t")] internal partial class W { public void Handle() { } } }"""),
        new DiagnosticCase(
            "FLW0006",
            """[ExternalWorker("t")] public partial class {|#0:W|} { public W() { } public W(IServiceProvider services) { } public void Handle() { } }""",
            "The worker class 'W' needs exactly one public constructor, or one public constructor marked [ActivatorUtilitiesConstructor]",
            """[ExternalWorker("t")] public partial class W { private W() { } public W(IServiceProvider services) { } public void Handle() { } }"""),
        new DiagnosticCase(
            "FLW0007",
            """[ExternalWorker("t")] public partial class W(int {|#0:retries|}) { public void Handle() { _ = retries; } }""",
            "Constructor parameter 'retries' of type 'int' cannot come from the service provider: it is ref, out, in or params, a ref struct, or a value type without a default value",
            """[ExternalWorker("t")] public partial class W(int retries = 3) { public void Handle() { _ = retries; } }"""),
        new DiagnosticCase(
            "FLW0010",
            """[ExternalWorker("t")] public partial class {|#0:W|} { public void Run() { } }""",
            "The worker class 'W' has no public instance method named Handle or HandleAsync",
            """[ExternalWorker("t")] public partial class W { public void Handle() { } }"""),
        new DiagnosticCase(
            "FLW0011",
            """[ExternalWorker("t")] public partial class {|#0:W|} { public void Handle() { } public Task HandleAsync() => Task.CompletedTask; }""",
            "The worker class 'W' has more than one public method named Handle or HandleAsync; keep exactly one",
            """[ExternalWorker("t")] public partial class W { public void Handle() { } private Task HandleAsync() => Task.CompletedTask; }"""),
        new DiagnosticCase(
            "FLW0012",
            """[ExternalWorker("t")] public partial class W { public static void {|#0:Handle|}() { } }""",
            "The handler 'Handle' is static; make it an instance method",
            """[ExternalWorker("t")] public partial class W { public void Handle() { } }"""),
        new DiagnosticCase(
            "FLW0013",
            """[ExternalWorker("t")] public partial class W { public void {|#0:Handle|}<T>(T value) { } }""",
            "The handler 'Handle' is generic; nothing could choose its type arguments",
            """[ExternalWorker("t")] public partial class W { public void Handle(int value) { } }"""),
        new DiagnosticCase(
            "FLW0014",
            """[ExternalWorker("t")] public partial class W { public async {|#0:void|} Handle() { await Task.Yield(); } }""",
            "The handler 'Handle' is async void, so its completion and exceptions are lost; return Task or ValueTask",
            """[ExternalWorker("t")] public partial class W { public async Task Handle() { await Task.Yield(); } }"""),
        new DiagnosticCase(
            "FLW0020",
            """[ExternalWorker("t")] public partial class W { public void Handle(params int[] {|#0:counts|}) { } }""",
            "Parameter 'counts' is declared 'params'; handler parameters are read from variables and cannot be ref, out, in, ref readonly or params",
            """[ExternalWorker("t")] public partial class W { public void Handle(int[] counts) { } }"""),
        new DiagnosticCase(
            "FLW0021",
            """[ExternalWorker("t")] public partial class W { public void Handle(byte[] {|#0:payload|}) { } }""",
            $"Parameter 'payload' has type 'byte[]', which no variable binds to. {SupportedTypes}; and ExternalWorkerJob and CancellationToken by type.",
            """[ExternalWorker("t")] public partial class W { public void Handle(int[] payload) { } }"""),
        new DiagnosticCase(
            "FLW0022",
            """[ExternalWorker("t")] public partial class W { public void Handle([Variable(" ")] string {|#0:orderId|}) { } }""",
            "'orderId' is bound to the variable name ' ', which is empty or white space; Flowable needs a name with at least one other character",
            """[ExternalWorker("t")] public partial class W { public void Handle([Variable("order-id")] string orderId) { } }"""),
        new DiagnosticCase(
            "FLW0023",
            """[ExternalWorker("t")] public partial class W { public void Handle(string name, [Variable("name")] string {|#0:other|}) { } }""",
            "Parameter 'other' reads the variable 'name', which an earlier parameter already reads",
            """[ExternalWorker("t")] public partial class W { public void Handle(string name, [Variable("otherName")] string other) { } }"""),
        new DiagnosticCase(
            "FLW0024",
            """[ExternalWorker("t")] public partial class W { public void Handle(CancellationToken a, CancellationToken {|#0:b|}) { } }""",
            "Parameter 'b' is a second CancellationToken parameter; a handler takes at most one",
            """[ExternalWorker("t")] public partial class W { public void Handle(CancellationToken a, ExternalWorkerJob b) { } }"""),
        new DiagnosticCase(
            "FLW0025",
            """[ExternalWorker("t")] public partial class W { public void Handle([Variable("j")] ExternalWorkerJob {|#0:job|}) { } }""",
            "Parameter 'job' of type ExternalWorkerJob is bound by its type, not from a variable; remove [Variable]",
            """[ExternalWorker("t")] public partial class W { public void Handle([Variable("j")] string job) { } }"""),
        new DiagnosticCase(
            "FLW0030",
            """[ExternalWorker("t")] public partial class W { public {|#0:Task<int>|} HandleAsync() => Task.FromResult(1); }""",
            "The handler 'HandleAsync' returns 'int', which cannot become variables; return void, Task, ValueTask, WorkerResult, or a record whose properties are the output variables (optionally in Task<T> or ValueTask<T>)",
            """[ExternalWorker("t")] public partial class W { public Task<Out> HandleAsync() => Task.FromResult(new Out(1)); } public sealed record Out(int Count);"""),
        new DiagnosticCase(
            "FLW0031",
            """[ExternalWorker("t")] public partial class W { public {|#0:Out|} Handle() => new(); } public sealed record Out;""",
            "The handler 'Handle' returns 'Out', which has no public readable properties, so the job would complete without variables; add properties or return Task",
            """[ExternalWorker("t")] public partial class W { public Out Handle() => new(1); } public sealed record Out(int Count);"""),
        new DiagnosticCase(
            "FLW0032",
            """[ExternalWorker("t")] public partial class W { public {|#0:Out|} Handle() => new(); } public sealed class Out { public object? Data { get; init; } }""",
            $"Output property 'Data' has type 'object?', which cannot be written as a variable. {SupportedTypes}.",
            """[ExternalWorker("t")] public partial class W { public Out Handle() => new(); } public sealed class Out { public string? Data { get; init; } }"""),
        new DiagnosticCase(
            "FLW0033",
            """[ExternalWorker("t")] public partial class W { public {|#0:Out|} Handle() => new(); } public sealed class Out { public int A { get; init; } [Variable("a")] public int B { get; init; } }""",
            "Output property 'B' writes the variable 'a', which another property already writes; rename one with [Variable]",
            """[ExternalWorker("t")] public partial class W { public Out Handle() => new(); } public sealed class Out { public int A { get; init; } [Variable("b2")] public int B { get; init; } }"""),
        new DiagnosticCase(
            "FLW0040",
            """[ExternalWorker({|#0:" "|})] public partial class W { public void Handle() { } }""",
            "The worker class 'W' has an empty topic; give [ExternalWorker] the topic of its service tasks",
            """[ExternalWorker("t")] public partial class W { public void Handle() { } }"""),
        new DiagnosticCase(
            "FLW0042",
            """[ExternalWorker("t", LockDuration = {|#0:"P1M"|})] public partial class W { public void Handle() { } }""",
            "LockDuration \"P1M\" of worker 'W' is not an ISO-8601 duration of days, hours, minutes and seconds such as PT30S, PT5M or P1DT2H; Flowable's Java Duration rejects years, months and weeks",
            """[ExternalWorker("t", LockDuration = "PT1M")] public partial class W { public void Handle() { } }"""),
        new DiagnosticCase(
            "FLW0043",
            """[ExternalWorker("t", NumberOfTasks = {|#0:0|})] public partial class W { public void Handle() { } }""",
            "NumberOfTasks = 0 is out of range for worker 'W': NumberOfTasks must be at least 1",
            """[ExternalWorker("t", NumberOfTasks = 1)] public partial class W { public void Handle() { } }"""),
        new DiagnosticCase(
            "FLW0044",
            """[ExternalWorker("t", JsonContext = {|#0:typeof(string)|})] public partial class W { public void Handle() { } }""",
            "'string', the JSON context of worker 'W', is not a concrete class deriving from JsonSerializerContext",
            """
            [ExternalWorker("t", JsonContext = typeof(Context))] public partial class W { public void Handle() { } }
            public sealed class Context() : System.Text.Json.Serialization.JsonSerializerContext(null)
            {
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(Type type) => null;
            }
            """),
        new DiagnosticCase(
            "FLW0045",
            """[ExternalWorker("t", LockDuration = "PT10M")] public partial class W { public void {|#0:Handle|}(string orderId) { } }""",
            "The handler 'Handle' runs under a PT10M lock but takes no CancellationToken, so it cannot stop when the lock is about to expire or the worker shuts down",
            """[ExternalWorker("t", LockDuration = "PT4M")] public partial class W { public void Handle(string orderId) { } }"""),
    }.ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>More broken workers, by the rule they break: every modifier, unsupported type and option.</summary>
    public static IReadOnlyList<(string Id, string Source)> MoreFailures { get; } =
    [
        ("FLW0003", """[ExternalWorker("t")] public static partial class W { public static void Handle() { } }"""),
        ("FLW0020", """[ExternalWorker("t")] public partial class W { public void Handle(ref int count) { } }"""),
        ("FLW0020", """[ExternalWorker("t")] public partial class W { public void Handle(out int count) { count = 0; } }"""),
        ("FLW0020", """[ExternalWorker("t")] public partial class W { public void Handle(in int count) { } }"""),
        ("FLW0021", """[ExternalWorker("t")] public partial class W { public void Handle(System.IO.Stream payload) { } }"""),
        ("FLW0021", """[ExternalWorker("t")] public partial class W { public void Handle(object payload) { } }"""),
        ("FLW0021", """[ExternalWorker("t")] public partial class W { public void Handle(Func<int> callback) { } }"""),
        ("FLW0021", """[ExternalWorker("t")] public partial class W { public void Handle(dynamic payload) { } }"""),
        ("FLW0021", """[ExternalWorker("t")] public partial class W { public void Handle(TimeSpan timeout) { } }"""),
        ("FLW0021", """[ExternalWorker("t")] public partial class W { public void Handle(CancellationToken? token) { } }"""),
        ("FLW0022", """[ExternalWorker("t")] public partial class W { public void Handle([Variable("")] string name) { } }"""),
        ("FLW0022", """[ExternalWorker("t")] public partial class W { public Out Handle() => new(1); } public sealed record Out([property: Variable("")] int First);"""),
        ("FLW0024", """[ExternalWorker("t")] public partial class W { public void Handle(ExternalWorkerJob a, ExternalWorkerJob b) { } }"""),
        ("FLW0030", """[ExternalWorker("t")] public partial class W { public IAsyncEnumerable<int> Handle() => null!; }"""),
        ("FLW0030", """[ExternalWorker("t")] public partial class W { public List<string> Handle() => new(); }"""),
        ("FLW0042", """[ExternalWorker("t", PollInterval = "PT")] public partial class W { public void Handle() { } }"""),
        ("FLW0042", """[ExternalWorker("t", LockDuration = "P1W")] public partial class W { public void Handle() { } }"""),
        ("FLW0043", """[ExternalWorker("t", LockDuration = "PT0S")] public partial class W { public void Handle() { } }"""),
        ("FLW0043", """[ExternalWorker("t", PollInterval = "-PT1S")] public partial class W { public void Handle() { } }"""),
        ("FLW0043", """[ExternalWorker("t", NumberOfRetries = 0)] public partial class W { public void Handle() { } }"""),
        ("FLW0043", """[ExternalWorker("t", MaxLockOverruns = 0)] public partial class W { public void Handle() { } }"""),
        ("FLW0043", """[ExternalWorker("t", BindingFailureRetries = -1)] public partial class W { public void Handle() { } }"""),
        ("FLW0043", """[ExternalWorker("t", MaxConcurrency = 0)] public partial class W { public void Handle() { } }"""),
        ("FLW0043", """[ExternalWorker("t", NumberOfRetries = -1)] public partial class W { public void Handle() { } }"""),
        ("FLW0043", """[ExternalWorker("t", ScopeType = (ScopeType)7)] public partial class W { public void Handle() { } }"""),
        ("FLW0040", """[ExternalWorker("")] public partial class W { public void Handle() { } }"""),
    ];
}

internal sealed record DiagnosticCase(string Id, string Source, string Message, string NearMiss);
