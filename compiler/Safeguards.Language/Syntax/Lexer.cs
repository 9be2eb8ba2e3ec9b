using Safeguards.Language.Diagnostics;
using Safeguards.Language.Text;

namespace Safeguards.Language.Syntax;

/// <summary>Turns text into tokens with their leading trivia (the scanning itself is <see cref="SafeguardsTokenizer"/>). Every character lands in a token or
/// in trivia (unknown characters become <see cref="SyntaxKind.BadCharacter"/> tokens), so the lexer
/// never fails and the tree prints back byte for byte.</summary>
public static class Lexer
{
    public static LexResult Lex(SourceText source)
    {
        var text = source.Text;
        // About one token per six characters; sized once rather than grown by doubling.
        var tokens = new List<SyntaxToken>(text.Length / 6 + 1);
        var diagnostics = new List<Diagnostic>();
        var trivia = new List<SyntaxTrivia>();
        var position = 0;

        // SafeguardsTokenizer.Scan directly: going through Superpower's Tokenizer built a result, line and
        // column per token and two arrays of all tokens, about a third of the time and memory of lexing.
        while (position < text.Length)
        {
            var start = position;
            var tokenKind = SafeguardsTokenizer.Scan(text, ref position, text.Length);
            var span = TextSpan.FromBounds(start, position);
            var tokenText = TokenTextCache.Get(text, span.Start, span.Length);
            switch (tokenKind)
            {
                case SyntaxKind.NewLine or SyntaxKind.Whitespace or SyntaxKind.Comment:
                    trivia.Add(new SyntaxTrivia(tokenKind, span, tokenText));
                    continue;
                case SyntaxKind.BadCharacter:
                    diagnostics.Add(new Diagnostic(DiagnosticCatalogue.BadCharacter, new Location(source, span), [Describe(tokenText)]));
                    break;
                case SyntaxKind.String when tokenText.Length < 2 || !tokenText.EndsWith('"') || EndsWithEscapedQuote(tokenText):
                    diagnostics.Add(new Diagnostic(DiagnosticCatalogue.UnterminatedString, new Location(source, span), ["quotation mark (\")"]));
                    break;
                case SyntaxKind.TripleString when tokenText.Length < 6 || !tokenText.EndsWith("\"\"\"", StringComparison.Ordinal):
                    diagnostics.Add(new Diagnostic(DiagnosticCatalogue.UnterminatedString, new Location(source, span), ["triple quotation marks (\"\"\")"]));
                    break;
            }
            var kind = tokenKind == SyntaxKind.Identifier ? Keywords.Classify(tokenText) : tokenKind;
            tokens.Add(new SyntaxToken(kind, span, tokenText, trivia.ToArray()));
            trivia.Clear();
        }

        if (position < text.Length)
        {
            // Defensive: the catch-all recognizer makes this unreachable, but a tokenizer failure must
            // still keep every character of the file.
            var span = TextSpan.FromBounds(position, text.Length);
            diagnostics.Add(new Diagnostic(DiagnosticCatalogue.BadCharacter, new Location(source, span), [Describe(text[position].ToString())]));
            tokens.Add(new SyntaxToken(SyntaxKind.BadCharacter, span, text[position..], trivia.ToArray()));
            trivia.Clear();
        }

        tokens.Add(new SyntaxToken(SyntaxKind.EndOfFile, new TextSpan(text.Length, 0), "", trivia.ToArray()));
        return new LexResult(tokens, diagnostics);
    }

    // "abc\" is an escaped quote, not a closing one.
    private static bool EndsWithEscapedQuote(string text)
    {
        var backslashes = 0;
        for (var i = text.Length - 2; i >= 1 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }

    private static string Describe(string character) =>
        character.Length == 1 && char.IsControl(character[0]) ? $"U+{(int)character[0]:X4}" : character;
}

public sealed record LexResult(IReadOnlyList<SyntaxToken> Tokens, IReadOnlyList<Diagnostic> Diagnostics);
