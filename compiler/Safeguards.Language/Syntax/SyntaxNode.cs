using Safeguards.Language.Text;

namespace Safeguards.Language.Syntax;

/// <summary>An immutable node of the full-fidelity syntax tree. Children are listed in source order,
/// so the tokens under a node, with their trivia, print back the exact text they came from.</summary>
public abstract class SyntaxNode : SyntaxElement
{
    private TextSpan? span;

    /// <summary>Tokens and nodes in source order; absent optional parts are null.</summary>
    protected abstract IEnumerable<SyntaxElement?> Children();

    public IEnumerable<SyntaxElement> ChildNodesAndTokens() => Children().OfType<SyntaxElement>();

    public IEnumerable<SyntaxNode> ChildNodes() => ChildNodesAndTokens().OfType<SyntaxNode>();

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        yield return this;
        foreach (var child in ChildNodes())
            foreach (var node in child.DescendantNodesAndSelf())
                yield return node;
    }

    public override IEnumerable<SyntaxToken> DescendantTokens() => ChildNodesAndTokens().SelectMany(c => c.DescendantTokens());

    /// <summary>From the first token's text to the last token's text (trivia excluded).</summary>
    public override TextSpan Span => span ??= ComputeSpan();

    private TextSpan ComputeSpan()
    {
        SyntaxToken? first = null, last = null;
        foreach (var token in DescendantTokens())
        {
            first ??= token;
            last = token;
        }
        return first is null ? default : TextSpan.FromBounds(first.Span.Start, last!.Span.End);
    }

    /// <summary>The first token under this node (used to place diagnostics on a declaration's keyword or name).</summary>
    public SyntaxToken? FirstToken => DescendantTokens().FirstOrDefault();
}

/// <summary>Items with the separator tokens between them (<c>a | b | c</c>, <c>x or y</c>).</summary>
public sealed class SeparatedList<T> where T : SyntaxElement
{
    public SeparatedList(IReadOnlyList<T> items, IReadOnlyList<SyntaxToken> separators)
    {
        Items = items;
        Separators = separators;
    }

    public IReadOnlyList<T> Items { get; }

    public IReadOnlyList<SyntaxToken> Separators { get; }

    public IEnumerable<SyntaxElement> Elements()
    {
        for (var i = 0; i < Items.Count; i++)
        {
            yield return Items[i];
            if (i < Separators.Count) yield return Separators[i];
        }
    }
}
