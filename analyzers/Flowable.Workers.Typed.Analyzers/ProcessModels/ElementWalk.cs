using System;
using System.Collections.Generic;
using System.Threading;
using System.Xml;

namespace Flowable.Workers.Typed.Analyzers.ProcessModels;

/// <summary>
/// Walks the elements under the root in one forward pass of an <see cref="XmlReader"/>, keeping a frame per open
/// element, and reads on to the end of the document so that XML errors after the root still surface.
/// </summary>
internal static class ElementWalk
{
    /// <summary>
    /// Calls <paramref name="enter"/> at every start tag below the root <paramref name="reader"/> is on, with the reader
    /// on the element and the parent's frame; the frame it returns is the parent of the element's children.
    /// </summary>
    public static void Run<TFrame>(XmlReader reader, TFrame root, Func<XmlReader, TFrame, TFrame> enter, CancellationToken cancellationToken)
        where TFrame : class
    {
        var open = new Stack<TFrame>();
        if (!reader.IsEmptyElement)
        {
            open.Push(root);
        }

        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (++elements % 1024 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var isEmpty = reader.IsEmptyElement;
                var frame = enter(reader, open.Peek());
                if (!isEmpty)
                {
                    open.Push(frame);
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                open.Pop();
            }
        }
    }
}
