using Safeguards.Language.Diagnostics;
using Safeguards.Language.Text;
using Superpower;
using Superpower.Model;
using SpPosition = Superpower.Model.Position;
using SpTextSpan = Superpower.Model.TextSpan;
using SpToken = Superpower.Model.Token<Safeguards.Language.Syntax.SyntaxKind>;

namespace Safeguards.Language.Syntax;

/// <summary>Parses a rule file into a full-fidelity tree. The file is cut into declarations (at
/// declaration keywords) and each declaration into a header and clauses (at clause keywords); each
/// piece is parsed by <see cref="Grammar"/>. A piece that does not parse becomes skipped syntax with
/// one diagnostic, and parsing resumes at the next piece: one mistake, one diagnostic. Never throws.</summary>
public static class Parser
{
    public static SyntaxTree Parse(SourceText source) => Parse(source, allowParallel: true);

    /// <param name="allowParallel">False parses every declaration on the calling thread (tests compare both ways).</param>
    internal static SyntaxTree Parse(SourceText source, bool allowParallel)
    {
        var lexed = Lexer.Lex(source);
        var session = new ParseSession(source, lexed.Tokens) { AllowParallel = allowParallel };
        var root = session.ParseCompilationUnit();
        return new SyntaxTree(source, root, [.. lexed.Diagnostics, .. session.Diagnostics]);
    }

    private sealed class ParseSession(SourceText source, IReadOnlyList<SyntaxToken> tokens)
    {
        private readonly int end = tokens.Count - 1; // the last token is end-of-file
        private int position;

        public bool AllowParallel { get; init; }

        public List<Diagnostic> Diagnostics { get; } = [];

        public CompilationUnitSyntax ParseCompilationUnit()
        {
            // The file is cut at declaration keywords first (cheap), then each declaration is parsed on its own: it
            // reads only its own tokens (a declaration runs to the next declaration keyword), so the declarations of a
            // large file are parsed on all cores. Members and diagnostics are put back in file order, as one pass gives them.
            var members = new List<SyntaxNode?>();
            var declarations = new List<(int Member, int Start, int End)>();
            while (position < end)
            {
                if (StartsDeclaration(position))
                {
                    var start = position++;
                    while (position < end && !StartsDeclaration(position)) position++;
                    declarations.Add((members.Count, start, position));
                    members.Add(null);
                    continue;
                }
                var skippedStart = position;
                while (position < end && !StartsDeclaration(position)) position++;
                var skipped = Slice(skippedStart, position);
                if (!AlreadyReported(skipped[0]))
                    Report(DiagnosticCatalogue.TextOutsideDeclaration, skipped[0].Span, Describe(skipped[0]));
                members.Add(new SkippedSyntax(skipped));
            }

            var parsed = new (DeclarationSyntax Node, List<Diagnostic> Diagnostics)[declarations.Count];
            void ParseAt(int index)
            {
                var (_, start, stop) = declarations[index];
                var session = new ParseSession(source, tokens) { position = start };
                parsed[index] = (session.ParseDeclaration(), session.Diagnostics);
                if (session.position != stop)
                    throw new InvalidOperationException($"The declaration at token {start} was cut to end at {stop} but parsed to {session.position}.");
            }
            if (AllowParallel && declarations.Count >= ParallelDeclarations && Environment.ProcessorCount > 1)
                Parallel.For(0, declarations.Count, ParseAt);
            else
                for (var i = 0; i < declarations.Count; i++) ParseAt(i);
            for (var i = 0; i < declarations.Count; i++)
            {
                members[declarations[i].Member] = parsed[i].Node;
                Diagnostics.AddRange(parsed[i].Diagnostics);
            }

            if (!members.OfType<PackDeclarationSyntax>().Any() && members.Count > 0)
                Report(DiagnosticCatalogue.MissingPack, members[0]!.FirstToken!.Span);
            return new CompilationUnitSyntax(members.ConvertAll(m => m!), tokens[end]);
        }

        /// <summary>From this many declarations on, a file is parsed on several threads (below, starting them costs more than they save).</summary>
        private const int ParallelDeclarations = 64;

        private DeclarationSyntax ParseDeclaration()
        {
            var keyword = tokens[position++];
            var headerStart = position;
            while (position < end && !StartsPiece(keyword.Kind, position)) position++;
            var header = Slice(headerStart, position);

            var clauses = new List<ClauseSyntax>();
            while (position < end && !StartsDeclaration(position))
            {
                var clauseKeyword = tokens[position++];
                var clauseStart = position;
                while (position < end && !StartsPiece(keyword.Kind, position)) position++;
                clauses.Add(ParseClause(keyword, clauseKeyword, Slice(clauseStart, position)));
            }

            var parsed = ParsePiece(Grammar.Headers[keyword.Kind], header, keyword, out var skipped);
            if (parsed is not null) return parsed(keyword, skipped, clauses);
            return new BrokenDeclarationSyntax(keyword, skipped!, clauses);
        }

        private ClauseSyntax ParseClause(SyntaxToken declarationKeyword, SyntaxToken clauseKeyword, SyntaxToken[] body)
        {
            if (!Keywords.StartsClause(declarationKeyword.Kind, clauseKeyword.Kind))
            {
                var accepted = string.Join(", ", Keywords.ClauseKeywords(declarationKeyword.Kind).Select(Keywords.TextOf));
                Report(DiagnosticCatalogue.ClauseNotAllowed, clauseKeyword.Span, declarationKeyword.Text, clauseKeyword.Text,
                    accepted.Length == 0 ? "no clauses" : accepted);
                return new SkippedClauseSyntax(clauseKeyword, new SkippedSyntax(body));
            }
            var parsed = ParsePiece(Grammar.Clauses[clauseKeyword.Kind], body, clauseKeyword, out var skipped);
            return parsed is null
                ? new SkippedClauseSyntax(clauseKeyword, skipped!)
                : parsed(clauseKeyword, skipped);
        }

        /// <summary>Parses one piece. On success, tokens left over become <paramref name="skipped"/>
        /// (with a diagnostic); on failure the whole piece does, and the result is null.</summary>
        private TResult? ParsePiece<TResult>(TokenListParser<SyntaxKind, TResult> parser, SyntaxToken[] piece, SyntaxToken keyword,
            out SkippedSyntax? skipped) where TResult : class
        {
            skipped = null;
            if (TooManyOperators(piece) is { } tooMany)
            {
                Report(DiagnosticCatalogue.UnexpectedToken, tooMany.Span,
                    $"a simpler condition (at most {MaxOperators} 'and', 'or', 'not' and parentheses in one clause)", Describe(tooMany));
                skipped = new SkippedSyntax(piece);
                return null;
            }
            var spTokens = new SpToken[piece.Length];
            for (var i = 0; i < piece.Length; i++)
            {
                var token = piece[i];
                var line = source.Lines.GetPosition(token.Span.Start);
                spTokens[i] = new SpToken(token.Kind,
                    new SpTextSpan(source.Text, new SpPosition(token.Span.Start, line.Line + 1, line.Character + 1), token.Span.Length));
            }

            var result = Grammar.WithTokens(piece, () => parser.TryParse(new TokenList<SyntaxKind>(spTokens)));
            if (result.HasValue)
            {
                var consumed = piece.Length - (result.Remainder.IsAtEnd ? 0 : CountRemaining(result.Remainder));
                if (consumed < piece.Length)
                {
                    var rest = piece[consumed..];
                    if (!AlreadyReported(rest[0]))
                        Report(DiagnosticCatalogue.UnexpectedToken, rest[0].Span, ExpectedAfter(keyword), Describe(rest[0]));
                    skipped = new SkippedSyntax(rest);
                }
                return result.Value;
            }

            var failedAt = result.Remainder.IsAtEnd ? null : Grammar.TokenAt(piece, result.Remainder.First().Position.Absolute);
            var expected = result.Expectations is { Length: > 0 } expectations ? JoinAlternatives(expectations) : "more text";
            var where = failedAt?.Span ?? (piece.Length > 0 ? piece[^1].Span : keyword.Span);
            if (!AlreadyReported(failedAt))
                Report(DiagnosticCatalogue.UnexpectedToken, failedAt is null ? new Text.TextSpan(where.End, 0) : where, expected,
                    failedAt is null ? $"the end of the '{keyword.Text}' {(Keywords.StartsDeclaration(keyword.Kind) ? "declaration" : "clause")}" : Describe(failedAt));
            skipped = new SkippedSyntax(piece);
            return null;
        }

        /// <summary>The grammar and every walk of the tree recurse once per 'and', 'or', 'not' and
        /// parenthesis: thousands of them overflow the stack, which no handler can catch (a crashed
        /// language server). No law needs more than a few; past this limit the piece is skipped.</summary>
        public const int MaxOperators = 100;

        private static SyntaxToken? TooManyOperators(SyntaxToken[] piece)
        {
            var count = 0;
            foreach (var token in piece)
                if (token.Kind is SyntaxKind.OpenParen or SyntaxKind.NotKeyword or SyntaxKind.AndKeyword or SyntaxKind.OrKeyword
                    && ++count > MaxOperators)
                    return token;
            return null;
        }

        // The lexer reports a character that is not part of the language; reporting it again as an
        // unexpected token would give one mistake two diagnostics.
        private static bool AlreadyReported(SyntaxToken? token) => token?.Kind == SyntaxKind.BadCharacter;

        private static int CountRemaining(TokenList<SyntaxKind> remainder)
        {
            var count = 0;
            foreach (var _ in remainder) count++;
            return count;
        }

        private static string ExpectedAfter(SyntaxToken keyword) => Keywords.StartsDeclaration(keyword.Kind)
            ? $"a clause of the '{keyword.Text}' declaration or a new declaration"
            : "a new clause or declaration";

        private bool StartsDeclaration(int index) => LanguageFacts.StartsDeclarationAt(tokens, index);

        private bool StartsPiece(SyntaxKind declaration, int index) => StartsPiece(declaration, tokens[index], StartsDeclaration(index));

        private static bool StartsPiece(SyntaxKind declaration, SyntaxToken token, bool startsDeclaration) =>
            startsDeclaration
            || Keywords.StartsClause(declaration, token.Kind)
            // A clause keyword of another declaration kind at the start of a line is almost certainly a
            // misplaced clause: report it as such rather than as a strange word inside the previous clause.
            || (token.StartsLine && LanguageFacts.AnyClauseKeyword.Contains(token.Kind));

        private SyntaxToken[] Slice(int from, int to)
        {
            var slice = new SyntaxToken[to - from];
            for (var i = from; i < to; i++) slice[i - from] = tokens[i];
            return slice;
        }

        private void Report(DiagnosticDescriptor descriptor, Text.TextSpan span, params object?[] arguments) =>
            Diagnostics.Add(new Diagnostic(descriptor, new Location(source, span), arguments));
    }

    internal static string Describe(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.EndOfFile => "the end of the file",
        SyntaxKind.String or SyntaxKind.TripleString => "a quoted text",
        _ when token.IsKeyword => $"the keyword '{token.Text}'",
        _ => $"'{token.Text}'",
    };

    internal static string JoinAlternatives(IEnumerable<string> alternatives)
    {
        var list = alternatives.Select(a => a.Replace('`', '\'')).Distinct().ToList();
        return list.Count switch
        {
            0 => "more text",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1],
        };
    }
}
