using System;
using System.Text;

namespace Flowable.Workers.Typed.Generators.Emitting;

/// <summary>Writes C# source with four-space indentation and <c>\n</c> line ends, whatever the platform.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder builder = new();
    private int indentation;

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < indentation; i++)
            {
                builder.Append(IndentUnit);
            }

            builder.Append(line);
        }

        builder.Append('\n');
    }

    public void WriteLine() => builder.Append('\n');

    /// <summary>Writes <paramref name="header"/> (if any) and an opening brace, and indents what follows.</summary>
    public void OpenBlock(string? header = null)
    {
        if (header is not null)
        {
            WriteLine(header);
        }

        WriteLine("{");
        indentation++;
    }

    /// <summary>Unindents and writes a closing brace followed by <paramref name="suffix"/>.</summary>
    public void CloseBlock(string suffix = "")
    {
        if (indentation == 0)
        {
            throw new InvalidOperationException("No block is open.");
        }

        indentation--;
        WriteLine("}" + suffix);
    }

    public void Indent() => indentation++;

    public void Unindent() => indentation--;

    public override string ToString() => builder.ToString();
}
