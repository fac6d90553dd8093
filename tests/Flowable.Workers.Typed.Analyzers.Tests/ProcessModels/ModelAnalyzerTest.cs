using System.Text;
using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

/// <summary>
/// Runs <see cref="ProcessModelAnalyzer"/> over worker sources and model files marked the way the package's props mark
/// <c>FlowableModel</c> items, and requires exactly the expected diagnostics.
/// </summary>
internal sealed class ModelAnalyzerTest : CSharpAnalyzerTest<ProcessModelAnalyzer, DefaultVerifier>
{
    private const string GlobalConfigPath = "/.globalconfig";

    private readonly StringBuilder globalConfig = new("is_global = true\n");

    public ModelAnalyzerTest(string source, params DiagnosticResult[] expected)
    {
        TestSetup.Apply(TestState, references => ReferenceAssemblies = references);
        TestCode = WorkerSource.WithUsings(source);
        ExpectedDiagnostics.AddRange(expected);
    }

    /// <summary>Adds <paramref name="content"/> as a model file at <paramref name="path"/> (marked FlowableModel).</summary>
    public ModelAnalyzerTest WithModel(string path, string content) => WithAdditionalFile(path, content, marked: true);

    /// <summary>Adds an additional file that is not marked as a model.</summary>
    public ModelAnalyzerTest WithAdditionalFile(string path, string content, bool marked = false)
    {
        TestState.AdditionalFiles.Add((path, content));
        if (marked)
        {
            globalConfig.Append('\n').Append('[').Append(path).Append("]\n").Append(ProcessModelSet.ModelMetadata).Append(" = true\n");
            TestState.AnalyzerConfigFiles.RemoveAll(file => file.filename == GlobalConfigPath);
            TestState.AnalyzerConfigFiles.Add((GlobalConfigPath, globalConfig.ToString()));
        }

        return this;
    }

    protected override ParseOptions CreateParseOptions() => TestSetup.ParseOptions(base.CreateParseOptions());

    protected override CompilationOptions CreateCompilationOptions() => TestSetup.CompilationOptions(base.CreateCompilationOptions());
}
