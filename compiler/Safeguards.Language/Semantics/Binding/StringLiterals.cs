using System.Text;
using Safeguards.Language.Syntax;

namespace Safeguards.Language.Semantics;

/// <summary>The value of a quoted text token: escapes resolved for "..." and, for """...""", the
/// common indentation removed so an article's text can be indented under its declaration.</summary>
public static class StringLiterals
{
    public static string Value(SyntaxToken token) => Value(token, out _);

    /// <param name="invalidEscapes">Offsets (in the token's text) and text of unknown escape sequences.</param>
    public static string Value(SyntaxToken token, out IReadOnlyList<(int Offset, string Escape)> invalidEscapes)
    {
        var text = token.Text;
        invalidEscapes = [];
        if (token.Kind == SyntaxKind.TripleString)
        {
            var body = text.Length >= 6 && text.EndsWith("\"\"\"", StringComparison.Ordinal) ? text[3..^3] : text[Math.Min(3, text.Length)..];
            return Dedent(body);
        }

        var closed = text.Length >= 2 && text.EndsWith('"');
        var inner = text.Length <= 1 ? "" : text[1..(closed ? ^1 : text.Length)];
        var builder = new StringBuilder(inner.Length);
        var invalid = new List<(int, string)>();
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 >= inner.Length)
            {
                builder.Append(inner[i]);
                continue;
            }
            var next = inner[++i];
            switch (next)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                default:
                    invalid.Add((i, "\\" + next));
                    builder.Append('\\').Append(next);
                    break;
            }
        }
        invalidEscapes = invalid;
        return builder.ToString();
    }

    private static string Dedent(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var indent = lines.Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var result = lines.Select((l, i) => i == 0 ? l.Trim() : (l.Length >= indent ? l[indent..] : l.TrimStart()).TrimEnd());
        return string.Join('\n', result).Trim();
    }
}
