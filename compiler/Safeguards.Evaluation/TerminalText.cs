using System.Globalization;
using System.Text;

namespace Safeguards.Evaluation;

/// <summary>Text from case data or rule files on its way to a terminal. A case id or event id is
/// whatever the case file says, so a newline in it could forge a "SATISFIED" line and an escape
/// sequence could recolour or rewrite the screen. Every text writer passes such values through
/// <see cref="Clean"/>: control characters (and the invisible characters that reorder text) become
/// visible escapes like <c>\n</c> and <c>\u001b</c>.</summary>
public static class TerminalText
{
    /// <summary>One value on one line: every control character escaped, newlines included.</summary>
    public static string Clean(string? text) => Escape(text ?? "", keepNewlines: false);

    /// <summary>A block of lines the tool composed: newlines kept, every other control character escaped.</summary>
    public static string CleanLines(string text) => Escape(text, keepNewlines: true);

    private static string Escape(string text, bool keepNewlines)
    {
        var first = FirstUnsafe(text, keepNewlines);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c, keepNewlines)) builder.Append(c);
            else if (c == '\n') builder.Append("\\n");
            else if (c == '\r') builder.Append("\\r");
            else if (c == '\t') builder.Append("\\t");
            else builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static int FirstUnsafe(string text, bool keepNewlines)
    {
        for (var i = 0; i < text.Length; i++)
            if (IsUnsafe(text[i], keepNewlines)) return i;
        return -1;
    }

    private static bool IsUnsafe(char c, bool keepNewlines) =>
        c == '\n' ? !keepNewlines
        : char.IsControl(c)                                 // C0, DEL and C1 (ESC, CSI, BEL, backspace, carriage return)
          || c is '\u2028' or '\u2029'                       // line and paragraph separators
          || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F'; // bidirectional overrides
}
