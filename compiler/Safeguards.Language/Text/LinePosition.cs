namespace Safeguards.Language.Text;

/// <summary>A zero-based line and character position, as editors and the LSP count them.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    public override string ToString() => $"({Line + 1},{Character + 1})";
}
