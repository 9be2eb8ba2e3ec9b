using System.Text;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;

namespace Safeguards.Language.Tests.Baselines;

/// <summary>Renders the baseline files of one rule file: diagnostics inline under the source line
/// they point to (Bicep's style), a token dump and a tree dump. Output always uses \n.</summary>
internal static class BaselineWriter
{
    public static string Diagnostics(SyntaxTree tree, IEnumerable<Diagnostic> diagnostics, Func<string, string> displayPath)
    {
        var source = tree.Source;
        var lines = source.Lines;
        var byLine = diagnostics.GroupBy(d => d.Location.Start.Line).ToDictionary(g => g.Key, g => g.ToList());
        var builder = new StringBuilder();
        for (var line = 0; line < lines.LineCount; line++)
        {
            var text = LineText(source, line);
            builder.Append(text).Append('\n');
            if (!byLine.TryGetValue(line, out var onLine)) continue;
            foreach (var diagnostic in onLine)
            {
                var start = diagnostic.Location.Start.Character;
                var end = diagnostic.Location.End;
                // A span running past this line is underlined to the end of the line.
                var stop = end.Line == line ? end.Character : Math.Max(text.Length, start + 1);
                var width = Math.Max(1, stop - start);
                // Keep tabs so the underline lines up with the text above it.
                foreach (var c in text.AsSpan(0, Math.Min(start, text.Length))) builder.Append(c == '\t' ? '\t' : ' ');
                builder.Append(' ', Math.Max(0, start - text.Length));
                builder.Append('~', width).Append(' ')
                    .Append(diagnostic.Code).Append(' ').Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append(": ")
                    .Append(OneLine(diagnostic.Message)).Append('\n');
                foreach (var related in diagnostic.Related)
                {
                    var at = related.Location.Start;
                    builder.Append(' ', start).Append("    related ").Append(displayPath(related.Location.Source.Path))
                        .Append('(').Append(at.Line + 1).Append(',').Append(at.Character + 1).Append("): ").Append(related.Message).Append('\n');
                }
                foreach (var fix in diagnostic.Fixes)
                    builder.Append(' ', start).Append("    fix: ").Append(fix.Title).Append('\n');
            }
        }
        return builder.ToString();
    }

    public static string Tokens(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
                builder.Append("  ").Append(trivia.Kind).Append(' ').Append(Escape(trivia.Text)).Append('\n');
            var at = tree.Source.Lines.GetPosition(token.Span.Start);
            builder.Append('(').Append(at.Line + 1).Append(',').Append(at.Character + 1).Append(") ")
                .Append(token.Kind).Append(' ').Append(Escape(token.Text)).Append('\n');
        }
        return builder.ToString();
    }

    public static string Tree(SyntaxTree tree) => SyntaxDumper.Dump(tree.Root).ReplaceLineEndings("\n");

    private static string LineText(SourceText source, int line)
    {
        var start = source.Lines.LineStart(line);
        var end = line + 1 < source.Lines.LineCount ? source.Lines.LineStart(line + 1) : source.Text.Length;
        return source.Text[start..end].TrimEnd('\r', '\n');
    }

    private static string OneLine(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Escape(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r': builder.Append("\\r"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\uFEFF': builder.Append("\\uFEFF"); break;
                default:
                    if (char.IsControl(c)) builder.Append($"\\u{(int)c:X4}");
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
