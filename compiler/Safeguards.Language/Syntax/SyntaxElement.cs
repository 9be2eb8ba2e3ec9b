using System.Text;
using Safeguards.Language.Text;

namespace Safeguards.Language.Syntax;

/// <summary>A token or a node of the syntax tree.</summary>
public abstract class SyntaxElement
{
    public abstract TextSpan Span { get; }

    /// <summary>The node this element is a child of: null for the root, and for an element not (yet) in a tree.
    /// Set once, when the tree's root is built (<see cref="CompilationUnitSyntax"/>); a tree never changes after.</summary>
    public SyntaxNode? Parent { get; private set; }

    /// <summary>The nodes above this element, innermost first, up to the root.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>Links every element below <paramref name="root"/> to its parent. Called by the root's constructor only.</summary>
    private protected static void AdoptDescendants(SyntaxNode root)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.Parent is not null && !ReferenceEquals(child.Parent, node))
                    throw new InvalidOperationException($"A {child.GetType().Name} is a child of two nodes ({child.Parent.GetType().Name} and {node.GetType().Name}).");
                child.Parent = node;
                if (child is SyntaxNode childNode) pending.Push(childNode);
            }
        }
    }

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
