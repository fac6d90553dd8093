using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Flowable.Workers.Typed.Analyzers.Tests.Infrastructure;
using Flowable.Workers.Typed.Analyzers.ProcessModels;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Flowable.Workers.Typed.Analyzers.Tests.ProcessModels;

public sealed class UnreadableModelTests
{
    private const string Worker = """
        [ExternalWorker("shipOrder")] public partial class ShipOrder { public void Handle() { } }
        """;

    [Fact]
    public async Task Malformed_xml_gets_one_warning_with_the_xml_error_at_its_line() =>
        await new ModelAnalyzerTest(
            Worker,
            new DiagnosticResult(ProcessModelDescriptors.UnreadableModel).WithSpan(Models.BpmnPath, 5, 3, 5, 3)
                .WithMessage("The process model 'order.bpmn20.xml' cannot be read: it is not well-formed XML: The 'process' start tag on line 3 position 2 does not match the end tag of 'definitions'. Line 5, position 3."))
            .WithModel(Models.BpmnPath, Models.Bpmn("<process id=\"order\">\n<serviceTask id=\"ship\" flowable:type=\"external-worker\" flowable:topic=\"shipOrder\"/>"))
            .RunAsync();

    [Fact]
    public async Task A_billion_laughs_file_is_refused_at_its_dtd_without_expanding_anything() =>
        await new ModelAnalyzerTest(
            Worker,
            new DiagnosticResult(ProcessModelDescriptors.UnreadableModel).WithSpan("/models/lol.bpmn", 2, 1, 2, 10)
                .WithMessage("The process model 'lol.bpmn' cannot be read: it declares a DTD (<!DOCTYPE>), which process models never need; DTDs are refused so that no entity can expand"))
            .WithModel("/models/lol.bpmn", BillionLaughs())
            .RunAsync();

    [Fact]
    public async Task A_50_MB_file_is_refused_unread_and_the_other_models_still_count()
    {
        var huge = Models.Bpmn("<!--" + new string('x', 50 * 1024 * 1024) + "-->");
        var options = InMemoryModels.Options(InMemoryModels.File("/models/huge.bpmn", huge), InMemoryModels.File(Models.BpmnPath, Models.ShipOrder()));

        var diagnostics = await AnalyzerRun.Compile(Worker)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProcessModelAnalyzer(new ProcessModelCache())), options)
            .GetAnalyzerDiagnosticsAsync();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FLW0059", diagnostic.Id);
        Assert.Equal("/models/huge.bpmn", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            $"The process model 'huge.bpmn' cannot be read: it has {huge.Length.ToString("N0", CultureInfo.InvariantCulture)} characters and process models are read up to 8,388,608; leave it out of FlowableModel or split it",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Xml_that_is_not_bpmn_or_cmmn_is_reported_at_its_root() =>
        await new ModelAnalyzerTest(
            Worker,
            new DiagnosticResult(ProcessModelDescriptors.UnreadableModel).WithSpan("/models/pom.xml", 1, 2, 1, 9)
                .WithMessage("The process model 'pom.xml' cannot be read: it is neither a BPMN 2.0 nor a CMMN 1.1 model: the root element is 'project' in namespace ''"))
            .WithModel("/models/pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>")
            .WithModel(Models.BpmnPath, Models.ShipOrder())
            .RunAsync();

    private static string BillionLaughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE definitions [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"").Append(string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))).Append("\">\n");
        }

        return "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&lol9;</definitions>\n";
    }
}
