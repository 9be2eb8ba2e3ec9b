using System.Text;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;

namespace Safeguards.Language.Formatting;

/// <summary>A piece of the file (one declaration with the comments and blank lines before it, or the
/// end of the file) and its formatted text. The pieces cover the file without gaps, so formatting a
/// range replaces only the pieces it touches, with the same result as formatting the whole file.</summary>
public sealed record FormattedSegment(TextSpan Original, string Text);

/// <summary>The one formatter, shared by <c>safeguards fmt</c> and the language server.
/// <list type="bullet">
/// <item>each declaration starts at column 0, each clause on its own line indented by two spaces, and a
/// line break the author put inside a header or a clause is kept, indented by two (header) or four
/// (clause) spaces;</item>
/// <item>tokens on a line are separated by one space (none before <c>: , ) .</c>, none after <c>( .</c>);</item>
/// <item>comments are kept: a comment on its own line is indented like what follows it, a comment at the end
/// of a line keeps the spacing before it (so aligned comments stay aligned); at most one blank line in a
/// row; no trailing spaces; one line break at the end of the file;</item>
/// <item>a declaration with a syntax error is kept verbatim, as is the text of triple-quoted strings;</item>
/// <item>the line breaks are the file's own (CRLF if it has any), and a byte-order mark is kept.</item>
/// </list>
/// Formatting is idempotent, and never changes the tokens of the file.</summary>
public static class Formatter
{
    public const int IndentSize = 2;

    public static string Format(string text, string path = "") => Format(SyntaxTree.Parse(path, text));

    public static string Format(SyntaxTree tree)
    {
        var builder = new StringBuilder(tree.Source.Text.Length + 64);
        foreach (var segment in Segments(tree)) builder.Append(segment.Text);
        return builder.ToString();
    }

    public static IReadOnlyList<FormattedSegment> Segments(SyntaxTree tree)
    {
        var text = tree.Source.Text;
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var broken = BrokenSpans(tree);
        var segments = new List<FormattedSegment>();
        var start = 0;
        var first = true;
        foreach (var member in tree.Root.Members)
        {
            var writer = new Writer(newLine, first, text.Length > 0 && text[0] == '\uFEFF');
            var verbatim = member is not DeclarationSyntax || member is BrokenDeclarationSyntax
                || broken.Any(s => s.Start <= member.Span.End && s.End >= member.Span.Start);
            if (verbatim) writer.Verbatim(member, text);
            else writer.Declaration((DeclarationSyntax)member);
            segments.Add(new FormattedSegment(TextSpan.FromBounds(start, member.Span.End), writer.ToString()));
            start = member.Span.End;
            first = false;
        }
        var end = new Writer(newLine, first, text.Length > 0 && text[0] == '\uFEFF');
        end.EndOfFile(tree.Root.EndOfFile, EndsInsideUnterminatedString(tree));
        segments.Add(new FormattedSegment(TextSpan.FromBounds(start, text.Length), end.ToString()));
        return segments;
    }

    /// <summary>True when the file ends inside quoted text that is never closed: a line break added at the
    /// end would become part of that text, and each run would add one more (fmt would never be idempotent).</summary>
    private static bool EndsInsideUnterminatedString(SyntaxTree tree)
    {
        var endOfFile = tree.Root.EndOfFile;
        if (endOfFile.LeadingTrivia.Count > 0) return false;
        var last = tree.Root.DescendantTokens().LastOrDefault(t => t.Kind != SyntaxKind.EndOfFile);
        return last is { Kind: SyntaxKind.String or SyntaxKind.TripleString }
            && last.Span.End == tree.Source.Text.Length
            && tree.Diagnostics.Any(d => d.Descriptor == DiagnosticCatalogue.UnterminatedString
                && d.Location.Span.Start >= last.Span.Start && d.Location.Span.Start <= last.Span.End);
    }

    /// <summary>Where the parser or lexer reported a problem (a missing pack is a problem of the file, not of a declaration).</summary>
    private static List<TextSpan> BrokenSpans(SyntaxTree tree) =>
        tree.Diagnostics.Where(d => d.Descriptor != DiagnosticCatalogue.MissingPack).Select(d => d.Location.Span).ToList();

    private sealed class Writer(string newLine, bool atFileStart, bool byteOrderMark)
    {
        private readonly StringBuilder output = new();
        private bool fileStart = atFileStart;
        private bool lineHasContent = !atFileStart;
        private SyntaxKind previous = SyntaxKind.EndOfFile;

        public override string ToString() => output.ToString();

        public void Declaration(DeclarationSyntax declaration)
        {
            var clauseKeywords = new HashSet<SyntaxToken>(declaration.Clauses.Select(c => c.Keyword), ReferenceEqualityComparer.Instance);
            var inClause = false;
            foreach (var token in declaration.DescendantTokens())
            {
                if (token == declaration.Keyword) Token(token, startLine: true, indent: 0);
                else if (clauseKeywords.Contains(token))
                {
                    inClause = true;
                    Token(token, startLine: true, indent: IndentSize);
                }
                else Token(token, startLine: token.StartsLine, indent: inClause ? 2 * IndentSize : IndentSize);
            }
        }

        public void Verbatim(SyntaxNode member, string text)
        {
            var first = member.FirstToken!;
            var keepIndent = Trivia(first, first.StartsLine || first.IsKeyword ? 0 : IndentSize);
            StartLine(keepIndent.NewLines, 0);
            output.Append(keepIndent.Indentation);
            output.Append(text, member.Span.Start, member.Span.Length);
            lineHasContent = true;
        }

        public void EndOfFile(SyntaxToken endOfFile, bool insideToken)
        {
            Trivia(endOfFile, 0);
            if (!insideToken && (!fileStart || output.Length > 0)) output.Append(newLine);
        }

        private void Token(SyntaxToken token, bool startLine, int indent)
        {
            var trivia = Trivia(token, indent);
            if (startLine || trivia.AfterComment || fileStart) StartLine(trivia.NewLines, indent);
            else if (!(token.Kind is SyntaxKind.Colon or SyntaxKind.Comma or SyntaxKind.CloseParen or SyntaxKind.Dot
                       || previous is SyntaxKind.OpenParen or SyntaxKind.Dot)) output.Append(' ');
            output.Append(token.Text);
            lineHasContent = true;
            previous = token.Kind;
        }

        /// <summary>Writes the comments before a token; returns the line breaks since the last comment.</summary>
        private (int NewLines, bool AfterComment, string Indentation) Trivia(SyntaxToken token, int indent)
        {
            var newLines = 0;
            var afterComment = false;
            var space = "";
            foreach (var trivia in token.LeadingTrivia)
            {
                switch (trivia.Kind)
                {
                    case SyntaxKind.Whitespace:
                        space = trivia.Text.Replace("\uFEFF", "", StringComparison.Ordinal);
                        break;
                    case SyntaxKind.NewLine:
                        newLines++;
                        space = "";
                        break;
                    case SyntaxKind.Comment:
                        if (newLines == 0 && lineHasContent && !fileStart)
                        {
                            output.Append(space.Length == 0 ? " " : space);
                        }
                        else
                        {
                            // An indented comment before a declaration closes the previous declaration's
                            // body (a note under its clauses): it keeps clause indentation there.
                            StartLine(newLines, indent == 0 && space.Length > 0 ? IndentSize : indent);
                        }
                        output.Append(trivia.Text.TrimEnd());
                        lineHasContent = true;
                        afterComment = true;
                        newLines = 0;
                        space = "";
                        break;
                }
            }
            return (newLines, afterComment, space);
        }

        private void StartLine(int newLines, int indent)
        {
            if (fileStart)
            {
                if (byteOrderMark) output.Append('\uFEFF');
                fileStart = false;
            }
            else if (lineHasContent || newLines > 0)
            {
                for (var i = 0; i < Math.Clamp(newLines, 1, 2); i++) output.Append(newLine);
            }
            output.Append(' ', indent);
            lineHasContent = false;
        }
    }
}
