using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Flowable.Workers.Typed.Generators.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// Reads a BPMN 2.0 or CMMN 1.1 file (Flowable Design, Flowable Modeler or hand-written) into a
/// <see cref="ProcessModelFile"/>. Safely: no DTD (so no entity expansion, no billion laughs), no external resources,
/// at most <see cref="MaxCharacters"/> characters; anything unreadable becomes a <see cref="ModelReadError"/>, never an
/// exception.
/// </summary>
internal static class ProcessModelReader
{
    /// <summary>The largest model read: far above any real model (Flowable Design exports are kilobytes).</summary>
    public const int MaxCharacters = 8 * 1024 * 1024;

    public const string BpmnNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public const string CmmnNamespace = "http://www.omg.org/spec/CMMN/20151109/MODEL";

    public static ProcessModelFile Read(SourceText text, CancellationToken cancellationToken)
    {
        if (text.Length > MaxCharacters)
        {
            return TooLarge(text.Length);
        }

        var content = text.ToString();
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(content), Settings());
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception) when (exception.LineNumber == 0 && content.IndexOf("<!DOCTYPE", System.StringComparison.Ordinal) is var doctype and >= 0)
        {
            var line = text.Lines.GetLinePosition(doctype);
            return ProcessModelFile.Unreadable(new ModelReadError(
                "it declares a DTD (<!DOCTYPE>), which process models never need; DTDs are refused so that no entity can expand",
                new ModelSpan(doctype, "<!DOCTYPE".Length, line.Line, line.Character)));
        }
        catch (XmlException exception)
        {
            return ProcessModelFile.Unreadable(new ModelReadError(
                "it is not well-formed XML: " + exception.Message,
                PointAt(text, exception.LineNumber, exception.LinePosition)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var root = document.Root!;
        return root.Name.NamespaceName switch
        {
            BpmnNamespace when root.Name.LocalName == "definitions" => BpmnModelReader.Read(root, text, cancellationToken),
            CmmnNamespace when root.Name.LocalName == "definitions" => CmmnModelReader.Read(root, text),
            _ => ProcessModelFile.Unreadable(new ModelReadError(
                $"it is neither a BPMN 2.0 nor a CMMN 1.1 model: the root element is '{root.Name.LocalName}' in namespace '{root.Name.NamespaceName}'",
                ElementSpan(root, text))),
        };
    }

    public static ProcessModelFile TooLarge(int length) =>
        ProcessModelFile.Unreadable(new ModelReadError(
            string.Format(
                CultureInfo.InvariantCulture,
                "it has {0:N0} characters and process models are read up to {1:N0}; leave it out of FlowableModel or split it",
                length,
                MaxCharacters),
            ModelSpan.FileStart));

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The span of <paramref name="element"/>'s name in its start tag.</summary>
    public static ModelSpan ElementSpan(XElement element, SourceText text)
    {
        var info = (IXmlLineInfo)element;
        if (!info.HasLineInfo())
        {
            return ModelSpan.FileStart;
        }

        var start = PointAt(text, info.LineNumber, info.LinePosition);
        var end = start.Start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('>' or '/'))
        {
            end++;
        }

        return start with { Length = end - start.Start };
    }

    private static ModelSpan PointAt(SourceText text, int lineNumber, int linePosition)
    {
        if (lineNumber < 1 || lineNumber > text.Lines.Count)
        {
            return ModelSpan.FileStart;
        }

        var line = text.Lines[lineNumber - 1];
        var column = System.Math.Max(0, System.Math.Min(linePosition - 1, line.End - line.Start));
        return new ModelSpan(line.Start + column, 0, lineNumber - 1, column);
    }

    /// <summary>A <c>flowable:</c> (or legacy <c>activiti:</c>) attribute.</summary>
    public static string? FlowableAttribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == name && IsFlowableNamespace(a.Name.NamespaceName))?.Value;

    public static bool IsFlowableNamespace(string ns) =>
        ns is "http://flowable.org/bpmn" or "http://flowable.org/cmmn" or "http://activiti.org/bpmn";

    public static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;

    /// <summary>The <c>flowable:</c> extension elements named <paramref name="localName"/> under <c>extensionElements</c>.</summary>
    public static ImmutableEquatableArray<ModelParameter> Parameters(XElement task, string localName) =>
        task.Elements()
            .Where(e => e.Name.LocalName == "extensionElements")
            .SelectMany(e => e.Elements())
            .Where(e => e.Name.LocalName == localName && IsFlowableNamespace(e.Name.NamespaceName))
            .Select(e => new ModelParameter(Attribute(e, "source"), Attribute(e, "sourceExpression"), Attribute(e, "target") ?? string.Empty))
            .ToImmutableEquatableArray();

    public static bool IsExternalWorker(XElement element) => FlowableAttribute(element, "type") == "external-worker";

    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}
