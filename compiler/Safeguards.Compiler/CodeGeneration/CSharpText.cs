using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Safeguards.Compiler.CodeGeneration;

/// <summary>The only way user text enters generated C#: as literals escaped by Roslyn itself, or as
/// identifiers rebuilt from letters and digits. Rule text is never spliced in as it is.</summary>
public static class CSharpText
{
    /// <summary>A C# string literal for any text (quotes, backslashes, newlines, */, Unicode, nulls).</summary>
    public static string Literal(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Literal(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Literal(bool value) => value ? "true" : "false";

    /// <summary>A safe identifier fragment: letters and digits of <paramref name="name"/>, others as '_'.
    /// Callers add a unique prefix or index, so keywords and collisions cannot arise.</summary>
    public static string IdentifierPart(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name) builder.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? c : '_');
        return builder.ToString();
    }

    /// <summary>A file name for a <c>#line</c> directive, which has no escapes: characters that would end or
    /// break the directive are replaced (the debugger then shows a slightly different name, never code).</summary>
    public static string LineDirectiveFile(string path)
    {
        var builder = new StringBuilder(path.Length);
        foreach (var c in path) builder.Append(c == '"' || char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? '_' : c);
        return builder.ToString();
    }

    public static string Date(DateOnly? date) =>
        date is { } d ? $"new global::System.DateOnly({d.Year}, {d.Month}, {d.Day})" : "null";
}
