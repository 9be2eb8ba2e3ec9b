namespace Safeguards.Language.Syntax;

/// <summary>A whole rule file: the root of a tree. Building it links every node and token below to its parent.</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    public CompilationUnitSyntax(IReadOnlyList<SyntaxNode> declarations, SyntaxToken endOfFile)
    {
        Members = declarations;
        EndOfFile = endOfFile;
        AdoptDescendants(this);
    }

    /// <summary>Declarations, and <see cref="SkippedSyntax"/> for text that is not one.</summary>
    public IReadOnlyList<SyntaxNode> Members { get; }

    public IEnumerable<DeclarationSyntax> Declarations => Members.OfType<DeclarationSyntax>();

    public SyntaxToken EndOfFile { get; }

    protected override IEnumerable<SyntaxElement?> Children() => [.. Members, EndOfFile];
}

/// <summary>Tokens the parser could not fit into the grammar. They stay in the tree so nothing is lost;
/// the diagnostic that explains them is reported once, by the parser.</summary>
public sealed class SkippedSyntax(IReadOnlyList<SyntaxToken> tokens) : SyntaxNode
{
    public IReadOnlyList<SyntaxToken> Tokens { get; } = tokens;

    protected override IEnumerable<SyntaxElement?> Children() => Tokens;
}
