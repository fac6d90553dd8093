using System.Collections;
using System.Reflection;
using Flowable.Workers.Typed.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Flowable.Workers.Typed.Generators.Tests;

/// <summary>
/// The pipeline caches: a second run, or an edit that changes no worker, leaves every tracked step cached or
/// unchanged (so nothing is re-emitted); an edit to a worker changes exactly the steps that depend on it.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string Workers = """
        using System.Threading.Tasks;
        using Flowable.Workers.Typed;

        namespace Shop;

        public sealed record Receipt(string Id);

        [ExternalWorker("charge", LockDuration = "PT2M")]
        public partial class Charge
        {
            public Task<Receipt> HandleAsync(string customerId, decimal amount) => Task.FromResult(new Receipt(customerId));
        }

        [ExternalWorker("ship")]
        public partial class Ship
        {
            public void Handle(string address)
            {
            }
        }
        """;

    private static readonly string[] AllTrackingNames =
        [TrackingNames.Workers, TrackingNames.ValidWorkers, TrackingNames.RootNamespace, TrackingNames.Registry];

    [Fact]
    public void A_second_run_on_the_same_input_caches_every_step()
    {
        var compilation = TestCompilation.Create(Workers);
        var driver = TestCompilation.CreateDriver().RunGenerators(compilation);
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        Assert.Equal(AllTrackingNames.Order(StringComparer.Ordinal), second.TrackedSteps.Keys.Where(AllTrackingNames.Contains).Order(StringComparer.Ordinal));
        AssertEveryOutput(second, TrackingNames.Workers, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertEveryOutput(second, TrackingNames.ValidWorkers, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertEveryOutput(second, TrackingNames.Registry, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertEveryOutput(second, TrackingNames.RootNamespace, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void An_unrelated_file_leaves_every_step_cached_or_unchanged()
    {
        var compilation = TestCompilation.Create(Workers);
        var driver = TestCompilation.CreateDriver().RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Shop; public sealed class Unrelated { public int Value => 42; }", TestCompilation.ParseOptions));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in AllTrackingNames)
        {
            AssertEveryOutput(second, name, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_a_handler_body_changes_no_model()
    {
        var compilation = TestCompilation.Create(Workers);
        var driver = TestCompilation.CreateDriver().RunGenerators(compilation);
        var edited = Replace(compilation, "Task.FromResult(new Receipt(customerId))", "Task.FromResult(new Receipt(customerId + amount))");

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in AllTrackingNames)
        {
            AssertEveryOutput(second, name, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }
    }

    [Fact]
    public void Changing_a_topic_modifies_that_worker_but_not_the_registry()
    {
        var compilation = TestCompilation.Create(Workers);
        var driver = TestCompilation.CreateDriver().RunGenerators(compilation);
        var edited = Replace(compilation, "[ExternalWorker(\"charge\"", "[ExternalWorker(\"chargeCard\"");

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reasons = second.TrackedSteps[TrackingNames.ValidWorkers].SelectMany(step => step.Outputs)
            .ToDictionary(output => ((Models.WorkerModel)output.Value).Name, output => output.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, reasons["Charge"]);
        Assert.Contains(reasons["Ship"], new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        AssertEveryOutput(second, TrackingNames.Registry, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.Contains("\"chargeCard\"", second.GeneratedSources.Single(source => source.HintName == "Shop.Charge.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_worker_modifies_the_registry()
    {
        var compilation = TestCompilation.Create(Workers);
        var driver = TestCompilation.CreateDriver().RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Shop; [Flowable.Workers.Typed.ExternalWorker(\"bill\")] public partial class Bill { public void Handle() { } }",
            TestCompilation.ParseOptions));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertEveryOutput(second, TrackingNames.Registry, IncrementalStepRunReason.Modified);
        Assert.Contains("global::Shop.Bill", second.GeneratedSources.Single(source => source.HintName == "ExternalWorkers.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_a_Roslyn_object()
    {
        var compilation = TestCompilation.Create(Workers);
        var result = TestCompilation.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps.Where(step => AllTrackingNames.Contains(step.Key))
            .SelectMany(step => step.Value)
            .SelectMany(step => step.Outputs)
            .Select(output => output.Value)
            .ToList();

        Assert.NotEmpty(outputs);
        foreach (var output in outputs)
        {
            AssertHoldsNoRoslynObject(output, "output", new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static void AssertEveryOutput(GeneratorRunResult result, string trackingName, params IncrementalStepRunReason[] allowed)
    {
        var outputs = result.TrackedSteps[trackingName].SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Contains(output.Reason, allowed));
    }

    private static Compilation Replace(Compilation compilation, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single();
        var text = tree.GetText().ToString();
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(oldText, newText, StringComparison.Ordinal))));
    }

    private static readonly Type[] RoslynTypes =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Location), typeof(SemanticModel), typeof(SyntaxTree), typeof(AttributeData)];

    /// <summary>Walks every field of the value, its elements and what they hold, failing on any Roslyn object.</summary>
    private static void AssertHoldsNoRoslynObject(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(RoslynTypes.Any(roslyn => roslyn.IsAssignableFrom(type)), $"{path} is a {type.FullName}");

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertHoldsNoRoslynObject(item, $"{path}[{index++}]", visited);
            }
        }

        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Assert.False(RoslynTypes.Any(roslyn => roslyn.IsAssignableFrom(field.FieldType)), $"{path}.{field.Name} is declared as {field.FieldType.FullName}");
                AssertHoldsNoRoslynObject(field.GetValue(value), $"{path}.{field.Name}", visited);
            }
        }
    }
}
