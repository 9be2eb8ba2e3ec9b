namespace Safeguards.Language.Syntax;

/// <summary>A declaration whose header could not be read. Its clauses are still parsed (an editor
/// can still complete and colour them) but the binder cannot declare anything for it.</summary>
public sealed class BrokenDeclarationSyntax(SyntaxToken keyword, SkippedSyntax header, IReadOnlyList<ClauseSyntax> clauses)
    : DeclarationSyntax(keyword, clauses, header)
{
    public override SyntaxToken? NameToken => null;
    protected override IEnumerable<SyntaxElement?> HeaderChildren() => [];
}
