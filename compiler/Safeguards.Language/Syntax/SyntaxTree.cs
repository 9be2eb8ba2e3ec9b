using Safeguards.Language.Diagnostics;
using Safeguards.Language.Text;

namespace Safeguards.Language.Syntax;

/// <summary>A parsed rule file: its text, its tree and the syntax diagnostics.</summary>
public sealed class SyntaxTree(SourceText source, CompilationUnitSyntax root, IReadOnlyList<Diagnostic> diagnostics)
{
    public SourceText Source { get; } = source;

    public CompilationUnitSyntax Root { get; } = root;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public static SyntaxTree Parse(string path, string text) => Parser.Parse(new SourceText(path, text));

    /// <summary>The token whose text or trailing edge holds the offset (the one a cursor is "on").</summary>
    public SyntaxToken? FindToken(int offset)
    {
        SyntaxToken? previous = null;
        foreach (var token in Root.DescendantTokens())
        {
            if (token.Span.Contains(offset)) return token;
            if (token.Span.Start > offset) return previous is not null && previous.Span.End == offset ? previous : null;
            previous = token;
        }
        return previous is not null && previous.Span.End == offset ? previous : null;
    }
}
