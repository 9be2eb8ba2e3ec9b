namespace Safeguards.Language.Syntax;

/// <summary>A whole rule file.</summary>
public sealed class CompilationUnitSyntax(IReadOnlyList<SyntaxNode> declarations, SyntaxToken endOfFile) : SyntaxNode
{
    /// <summary>Declarations, and <see cref="SkippedSyntax"/> for text that is not one.</summary>
    public IReadOnlyList<SyntaxNode> Members { get; } = declarations;

    public IEnumerable<DeclarationSyntax> Declarations => Members.OfType<DeclarationSyntax>();

    public SyntaxToken EndOfFile { get; } = endOfFile;

    protected override IEnumerable<SyntaxElement?> Children() => [.. Members, EndOfFile];
}

/// <summary>Tokens the parser could not fit into the grammar. They stay in the tree so nothing is lost;
/// the diagnostic that explains them is reported once, by the parser.</summary>
public sealed class SkippedSyntax(IReadOnlyList<SyntaxToken> tokens) : SyntaxNode
{
    public IReadOnlyList<SyntaxToken> Tokens { get; } = tokens;

    protected override IEnumerable<SyntaxElement?> Children() => Tokens;
}
