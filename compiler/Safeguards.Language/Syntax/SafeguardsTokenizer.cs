using Superpower;
using Superpower.Model;

namespace Safeguards.Language.Syntax;

/// <summary>The language's tokenizer, written as a Superpower <see cref="Tokenizer{TKind}"/> that scans
/// characters directly (a regular-expression recognizer per token kind cost about 7 µs a line). Every
/// character becomes part of a token: whitespace, line breaks and comments are tokens here and become
/// trivia in <see cref="Lexer"/>; a character that fits nothing is a <see cref="SyntaxKind.BadCharacter"/>.</summary>
/// <remarks>The token rules (design.md, "Lexical"):
/// identifier <c>[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*</c>; date <c>\d{4}-\d{2}-\d{2}</c> not followed by a
/// letter, digit or '_'; article number <c>\d+[.(-][A-Za-z0-9.()-]*</c> or <c>\d+[a-z]</c> not followed by a letter, then the same; number <c>\d+</c>; string
/// <c>"…"</c> on one line with backslash escapes (an unclosed one ends at the line break); triple-quoted
/// string up to the next <c>"""</c> or the end of the file; comment <c>//</c> to the end of the line.</remarks>
internal sealed class SafeguardsTokenizer : Tokenizer<SyntaxKind>
{
    protected override IEnumerable<Result<SyntaxKind>> Tokenize(TextSpan span)
    {
        var text = span.Source!;
        var position = span.Position.Absolute;
        var end = position + span.Length;
        int line = span.Position.Line, column = span.Position.Column;
        while (position < end)
        {
            var start = position;
            var kind = Scan(text, ref position, end);
            var startPosition = new Position(start, line, column);
            for (var i = start; i < position; i++)
            {
                var c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= position || text[i + 1] != '\n'))) { line++; column = 1; }
                else if (c != '\r') column++;
            }
            var location = new TextSpan(text, startPosition, position - start);
            var remainder = new TextSpan(text, new Position(position, line, column), end - position);
            yield return Result.Value(kind, location, remainder);
        }
    }

    /// <summary>Scans one token from <paramref name="i"/> (which it moves past the token); <see cref="Lexer"/> calls it directly.</summary>
    internal static SyntaxKind Scan(string text, ref int i, int end)
    {
        var c = text[i];
        if (IsSpace(c))
        {
            while (i < end && IsSpace(text[i])) i++;
            return SyntaxKind.Whitespace;
        }
        if (IsLetter(c))
        {
            i++;
            while (true)
            {
                while (i < end && IsWordChar(text[i])) i++;
                if (i + 1 < end && text[i] == '-' && IsWordChar(text[i + 1])) { i++; continue; }
                return SyntaxKind.Identifier;
            }
        }
        switch (c)
        {
            case '\r':
                i += i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
                return SyntaxKind.NewLine;
            case '\n':
                i++;
                return SyntaxKind.NewLine;
            case '/' when i + 1 < end && text[i + 1] == '/':
                while (i < end && text[i] is not ('\r' or '\n')) i++;
                return SyntaxKind.Comment;
            case '"' when i + 2 < end && text[i + 1] == '"' && text[i + 2] == '"':
                var close = text.IndexOf("\"\"\"", i + 3, end - (i + 3), StringComparison.Ordinal);
                i = close < 0 ? end : close + 3;
                return SyntaxKind.TripleString;
            case '"':
                i++;
                while (i < end && text[i] is not ('"' or '\r' or '\n'))
                {
                    if (text[i] == '\\' && i + 1 < end && text[i + 1] is not ('\r' or '\n')) i++;
                    i++;
                }
                if (i < end && text[i] == '"') i++;
                return SyntaxKind.String;
            case >= '0' and <= '9':
                return ScanDigits(text, ref i, end);
            case ':': i++; return SyntaxKind.Colon;
            case '|': i++; return SyntaxKind.Bar;
            case ',': i++; return SyntaxKind.Comma;
            case '(': i++; return SyntaxKind.OpenParen;
            case ')': i++; return SyntaxKind.CloseParen;
            case '=': i++; return SyntaxKind.EqualsSign;
            case '.': i++; return SyntaxKind.Dot;
            case '§': i++; return SyntaxKind.SectionSign;
            default: i++; return SyntaxKind.BadCharacter;
        }
    }

    private static SyntaxKind ScanDigits(string text, ref int i, int end)
    {
        if (IsDate(text, i, end))
        {
            i += 10;
            return SyntaxKind.Date;
        }
        while (i < end && IsDigit(text[i])) i++;
        // "114b", "115a(1)": a number with one lower-case letter after it is a provision's number (StPO § 114b).
        var letterSuffix = i < end && text[i] is >= 'a' and <= 'z' && (i + 1 == end || !IsLetter(text[i + 1]));
        if (letterSuffix || (i < end && text[i] is '.' or '(' or '-'))
        {
            i++;
            while (i < end && (IsLetterOrDigit(text[i]) || text[i] is '.' or '(' or ')' or '-')) i++;
            return SyntaxKind.ArticleNumber;
        }
        return SyntaxKind.Number;
    }

    private static bool IsDate(string text, int i, int end) =>
        i + 10 <= end
        && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]) && text[i + 4] == '-'
        && IsDigit(text[i + 5]) && IsDigit(text[i + 6]) && text[i + 7] == '-' && IsDigit(text[i + 8]) && IsDigit(text[i + 9])
        && (i + 10 == end || !IsWordChar(text[i + 10]));

    // Whitespace other than line breaks, and the byte-order mark (kept as trivia, byte for byte).
    private static bool IsSpace(char c) => c == '\uFEFF' || (char.IsWhiteSpace(c) && c is not ('\r' or '\n'));

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

    private static bool IsLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    private static bool IsWordChar(char c) => IsLetter(c) || IsDigit(c);
}
