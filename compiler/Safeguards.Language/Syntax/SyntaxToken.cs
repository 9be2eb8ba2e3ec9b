using Safeguards.Language.Text;

namespace Safeguards.Language.Syntax;

/// <summary>A token with the trivia that precedes it. The end-of-file token holds the file's trailing trivia.</summary>
public sealed class SyntaxToken : SyntaxElement
{
    public SyntaxToken(SyntaxKind kind, TextSpan span, string text, IReadOnlyList<SyntaxTrivia> leadingTrivia)
    {
        Kind = kind;
        Span = span;
        Text = text;
        LeadingTrivia = leadingTrivia;
    }

    public SyntaxKind Kind { get; }

    /// <summary>The span of the token's own text, without trivia.</summary>
    public override TextSpan Span { get; }

    public string Text { get; }

    public IReadOnlyList<SyntaxTrivia> LeadingTrivia { get; }

    public bool IsKeyword => Keywords.IsKeyword(Kind);

    /// <summary>True when a line break precedes this token: the formatter and completion care.</summary>
    public bool StartsLine => LeadingTrivia.Any(t => t.Kind == SyntaxKind.NewLine);

    public override IEnumerable<SyntaxToken> DescendantTokens()
    {
        yield return this;
    }

    public override string ToString() => Text;
}
