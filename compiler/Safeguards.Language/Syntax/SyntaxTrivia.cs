using Safeguards.Language.Text;

namespace Safeguards.Language.Syntax;

/// <summary>Whitespace, a line break or a comment: text that carries no meaning but must be kept
/// so that printing the tree gives back the file exactly.</summary>
public sealed record SyntaxTrivia(SyntaxKind Kind, TextSpan Span, string Text);
