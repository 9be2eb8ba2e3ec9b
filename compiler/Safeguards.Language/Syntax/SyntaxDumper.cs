using System.Text;

namespace Safeguards.Language.Syntax;

/// <summary>Prints a tree as an indented outline of nodes and tokens, for baseline tests and debugging.</summary>
public static class SyntaxDumper
{
    public static string Dump(SyntaxNode root)
    {
        var builder = new StringBuilder();
        Write(root, 0, builder);
        return builder.ToString();
    }

    private static void Write(SyntaxElement element, int depth, StringBuilder builder)
    {
        builder.Append(' ', depth * 2);
        switch (element)
        {
            case SyntaxToken token:
                builder.Append(token.Kind).Append(' ').Append(Escape(token.Text)).AppendLine();
                break;
            case SyntaxNode node:
                builder.Append(node.GetType().Name.Replace("Syntax", "", StringComparison.Ordinal)).AppendLine();
                foreach (var child in node.ChildNodesAndTokens()) Write(child, depth + 1, builder);
                break;
        }
    }

    private static string Escape(string text)
    {
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
        return escaped.Length > 60 ? escaped[..57] + "..." : escaped;
    }
}
