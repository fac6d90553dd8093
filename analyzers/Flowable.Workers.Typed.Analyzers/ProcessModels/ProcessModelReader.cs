using System.Globalization;
using System.IO;
using System.Threading;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// Reads a BPMN 2.0 or CMMN 1.1 file (Flowable Design, Flowable Modeler or hand-written) into a
/// <see cref="ProcessModelFile"/>, in one forward pass of an <see cref="XmlReader"/> (no document tree). Safely: no DTD
/// (so no entity expansion, no billion laughs), no external resources, at most <see cref="MaxCharacters"/> characters;
/// anything unreadable becomes a <see cref="ModelReadError"/>, never an exception.
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

        try
        {
            using var reader = XmlReader.Create(new StringReader(text.ToString()), Settings());
            reader.MoveToContent();
            var root = ElementSpan(reader, text);
            return reader.LocalName == "definitions" && reader.NamespaceURI is BpmnNamespace
                ? BpmnModelReader.Read(reader, text, cancellationToken)
                : reader.LocalName == "definitions" && reader.NamespaceURI is CmmnNamespace
                    ? CmmnModelReader.Read(reader, text, cancellationToken)
                    : NotAModel(reader, root);
        }
        catch (XmlException exception) when (exception.LineNumber == 0 && text.ToString().IndexOf("<!DOCTYPE", System.StringComparison.Ordinal) is var doctype and >= 0)
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
    }

    public static ProcessModelFile TooLarge(int length) =>
        ProcessModelFile.Unreadable(new ModelReadError(
            string.Format(
                CultureInfo.InvariantCulture,
                "it has {0:N0} characters and process models are read up to {1:N0}; leave it out of FlowableModel or split it",
                length,
                MaxCharacters),
            ModelSpan.FileStart));

    /// <summary>The root is some other XML: reported once the whole file is known to be well-formed.</summary>
    private static ProcessModelFile NotAModel(XmlReader reader, ModelSpan root)
    {
        var message = $"it is neither a BPMN 2.0 nor a CMMN 1.1 model: the root element is '{reader.LocalName}' in namespace '{reader.NamespaceURI}'";
        while (reader.Read())
        {
        }

        return ProcessModelFile.Unreadable(new ModelReadError(message, root));
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>The span of the name in the start tag <paramref name="reader"/> is on (call before moving to its attributes).</summary>
    public static ModelSpan ElementSpan(XmlReader reader, SourceText text)
    {
        if (reader is not IXmlLineInfo info || !info.HasLineInfo())
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

    /// <summary>A <c>flowable:</c> (or legacy <c>activiti:</c>) attribute of the element <paramref name="reader"/> is on.</summary>
    public static string? FlowableAttribute(XmlReader reader, string name)
    {
        string? value = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.LocalName == name && IsFlowableNamespace(reader.NamespaceURI))
                {
                    value = reader.Value;
                    break;
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return value;
    }

    public static bool IsFlowableNamespace(string ns) =>
        ns is "http://flowable.org/bpmn" or "http://flowable.org/cmmn" or "http://activiti.org/bpmn";

    public static bool IsExternalWorker(XmlReader reader) => FlowableAttribute(reader, "type") == "external-worker";

    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}
