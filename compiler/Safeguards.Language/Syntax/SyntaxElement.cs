using System.Text;
using Safeguards.Language.Text;

namespace Safeguards.Language.Syntax;

/// <summary>A token or a node of the syntax tree.</summary>
public abstract class SyntaxElement
{
    public abstract TextSpan Span { get; }

    /// <summary>Every token under this element, in source order, including skipped ones.</summary>
    public abstract IEnumerable<SyntaxToken> DescendantTokens();

    /// <summary>The exact source text of this element, trivia included.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder();
        foreach (var token in DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia) builder.Append(trivia.Text);
            builder.Append(token.Text);
        }
        return builder.ToString();
    }
}
