using System.Reflection;
using System.Text.RegularExpressions;
using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Flowable.Workers.Typed.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Flowable.Workers.Typed.Analyzers.Tests;

public sealed class DescriptorDocumentationTests
{
    private static readonly string AnalyzerDirectory = RepositoryPaths.Combine("analyzers", "Flowable.Workers.Typed.Analyzers");

    public static TheoryData<string> Ids => new(AllDescriptors().Select(d => d.Id));

    [Fact]
    public void Ids_are_unique_and_every_descriptor_is_reported_by_an_analyzer()
    {
        var descriptors = AllDescriptors();
        var supported = new ExternalWorkerAnalyzer().SupportedDiagnostics
            .Concat(new DuplicateTopicAnalyzer().SupportedDiagnostics)
            .Concat(new ProcessModelAnalyzer().SupportedDiagnostics)
            .Select(d => d.Id).ToList();

        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.Equal(descriptors.Select(d => d.Id).Order(), supported.Order());
    }

    [Fact]
    public void Every_problem_the_parser_finds_has_a_descriptor() =>
        Assert.All(Enum.GetValues<WorkerProblemKind>(), kind => Assert.True(ProblemDiagnostics.Descriptors.ContainsKey(kind), $"{kind} has no descriptor"));

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_rule_has_a_docs_page_with_a_bad_and_a_fixed_example(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var path = RepositoryPaths.Combine("docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(path), $"{path} is missing");
        var page = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        Assert.Contains($"Severity: {descriptor.DefaultSeverity}", page, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(page, "```csharp"));
        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_rule_is_in_the_docs_index_and_in_release_tracking(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var index = File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics", "README.md"));
        var releases = File.ReadAllText(Path.Combine(AnalyzerDirectory, "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(AnalyzerDirectory, "AnalyzerReleases.Unshipped.md"));

        Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |", index, StringComparison.Ordinal);
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases, StringComparison.Ordinal);
    }

    private static List<DiagnosticDescriptor> AllDescriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(ProcessModelDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToList();
}
