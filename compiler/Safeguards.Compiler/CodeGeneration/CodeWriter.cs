using System.Text;

namespace Safeguards.Compiler.CodeGeneration;

/// <summary>Writes indented lines of generated code.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder builder = new();
    private int indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) builder.Append(' ', indent * 4);
        builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>A preprocessor directive, always in column one.</summary>
    public CodeWriter Directive(string text)
    {
        builder.Append(text).Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        indent--;
        Line("}" + suffix);
        return this;
    }

    public override string ToString() => builder.ToString();
}
