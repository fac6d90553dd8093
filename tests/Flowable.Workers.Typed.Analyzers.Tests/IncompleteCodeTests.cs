using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Analyzers.Tests;

/// <summary>
/// Code that does not compile yet, as it stands between keystrokes in an editor: the compiler reports what is wrong,
/// and the analyzers add no FLW diagnostic about the unresolved type, the missing name or the unbound attribute.
/// </summary>
public sealed class IncompleteCodeTests
{
    public static TheoryData<string, string> IncompleteWorkers => new()
    {
        { "a typo in a parameter type", """[ExternalWorker("t")] public partial class W { public void Handle(Ordr order) { } }""" },
        { "a typo in a type argument of a parameter", """[ExternalWorker("t")] public partial class W { public void Handle(List<Ordr> orders) { } }""" },
        { "a typo in an array parameter", """[ExternalWorker("t")] public partial class W { public void Handle(Ordr[] orders) { } }""" },
        { "a typo in the return type", """[ExternalWorker("t")] public partial class W { public Reslt Handle() => null!; }""" },
        { "a typo in the task's result type", """[ExternalWorker("t")] public partial class W { public Task<Reslt> HandleAsync() => null!; }""" },
        { "a typo in an output property type", """[ExternalWorker("t")] public partial class W { public Out Handle() => null!; } public sealed record Out(Ordr Order);""" },
        { "a parameter without a name", """[ExternalWorker("t")] public partial class W { public void Handle(int ) { } }""" },
        { "a class without a name", """[ExternalWorker("t")] public partial class { public void Handle() { } }""" },
        { "a class without a name or a handler", """[ExternalWorker("t")] public partial class { }""" },
        { "[Variable( without its argument", """[ExternalWorker("t")] public partial class W { public void Handle([Variable(] string name) { } }""" },
        { "[Variable] without its argument", """[ExternalWorker("t")] public partial class W { public void Handle([Variable] string name) { } }""" },
        { "[ExternalWorker] without its topic", """[ExternalWorker] public partial class W { public void Handle() { } }""" },
        { "[ExternalWorker] with a topic of the wrong type", """[ExternalWorker(42)] public partial class W { public void Handle() { } }""" },
    };

    [Theory]
    [MemberData(nameof(IncompleteWorkers))]
    public async Task The_compiler_reports_it_and_the_analyzers_stay_silent(string because, string source)
    {
        var compilation = AnalyzerRun.Compile(source);

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(compilation);

        Assert.True(compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error), because);
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("FLW", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_real_problem_beside_a_typo_is_still_reported()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            """[ExternalWorker("t")] public partial class W { public void Handle(Ordr order, object payload) { } }""");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FLW0021", diagnostic.Id);
        Assert.Contains("'payload'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
