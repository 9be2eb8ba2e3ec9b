using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.LanguageServer.Server;
using P = Safeguards.LanguageServer.Protocol;
using SymbolKind = Safeguards.Language.Semantics.SymbolKind;

namespace Safeguards.LanguageServer.Features;

/// <summary>Semantic tokens for a whole file: names coloured by what the binder says they are, keywords,
/// literals and comments by kind. Tokens that span lines (triple-quoted texts) are split per line.</summary>
internal static class SemanticTokensProvider
{
    public static P.SemanticTokens Full(Snapshot snapshot, string uri)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return new P.SemanticTokens([]);
        var compilation = snapshot.Compilation;
        var text = tree.Source.Text;
        var lines = tree.Source.Lines;
        var data = new List<int>();
        int previousLine = 0, previousStart = 0;

        void Emit(int start, int end, string type, int modifiers)
        {
            var typeIndex = P.SemanticTokenTypes.IndexOf(type);
            // Split at line breaks: clients need single-line tokens.
            var segmentStart = start;
            for (var i = start; i <= end; i++)
            {
                if (i == end || text[i] is '\n' or '\r')
                {
                    if (i > segmentStart)
                    {
                        var position = lines.GetPosition(segmentStart);
                        var deltaLine = position.Line - previousLine;
                        var deltaStart = deltaLine == 0 ? position.Character - previousStart : position.Character;
                        data.AddRange([deltaLine, deltaStart, i - segmentStart, typeIndex, modifiers]);
                        previousLine = position.Line;
                        previousStart = position.Character;
                    }
                    segmentStart = i + 1;
                }
            }
        }

        foreach (var token in SyntaxQuery.Tokens(tree))
        {
            foreach (var trivia in token.LeadingTrivia)
                if (trivia.Kind == SyntaxKind.Comment) Emit(trivia.Span.Start, trivia.Span.End, "comment", 0);
            if (token.Kind == SyntaxKind.EndOfFile || token.Span.Length == 0) continue;
            var (type, modifiers) = Classify(compilation, token);
            if (type is not null) Emit(token.Span.Start, token.Span.End, type, modifiers);
        }
        return new P.SemanticTokens(data.ToArray());
    }

    private static (string? Type, int Modifiers) Classify(Compilation compilation, SyntaxToken token)
    {
        if (compilation.ReferenceAt(token) is { } reference)
        {
            var type = reference.Symbol.Kind switch
            {
                SymbolKind.Pack => "namespace",
                SymbolKind.Source => "macro",
                SymbolKind.Article => "number",
                SymbolKind.Case => "type",
                SymbolKind.Event => "event",
                SymbolKind.Fact => "property",
                SymbolKind.Attribute => "parameter",
                SymbolKind.Constant => "variable",
                SymbolKind.Safeguard => "function",
                SymbolKind.Calendar => "type",
                SymbolKind.Instant => "variable",
            };
            var modifiers = (reference.IsDeclaration ? 1 : 0) | (reference.Symbol.Kind == SymbolKind.Constant ? 2 : 0);
            return (type, modifiers);
        }
        // Over every kind (the build checks it): a new kind of token must be given a colour or none here.
        return token.Kind switch
        {
            SyntaxKind.String or SyntaxKind.TripleString => ("string", 0),
            SyntaxKind.Number or SyntaxKind.ArticleNumber or SyntaxKind.Date => ("number", 0),
            SyntaxKind.Colon or SyntaxKind.Bar or SyntaxKind.Comma or SyntaxKind.EqualsSign or SyntaxKind.SectionSign => ("operator", 0),
            >= SyntaxKind.PackKeyword => ("keyword", 0),
            // A name the binder did not resolve, brackets and dots, and what is never a token of the tree's text.
            SyntaxKind.Identifier or SyntaxKind.OpenParen or SyntaxKind.CloseParen or SyntaxKind.Dot or SyntaxKind.BadCharacter
                or SyntaxKind.EndOfFile or SyntaxKind.Whitespace or SyntaxKind.NewLine or SyntaxKind.Comment => (null, 0),
        };
    }
}
