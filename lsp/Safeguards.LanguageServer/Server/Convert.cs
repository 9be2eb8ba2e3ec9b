using Safeguards.Language.Syntax;
using Safeguards.Language.Text;
using Lang = Safeguards.Language.Diagnostics;
using P = Safeguards.LanguageServer.Protocol;

namespace Safeguards.LanguageServer.Server;

/// <summary>Between the front end's offsets and spans and the protocol's lines and characters
/// (both count UTF-16 code units, as .NET strings do).</summary>
internal static class Convert
{
    public static P.Position ToPosition(this LinePosition position) => new(position.Line, position.Character);

    public static P.Position Position(SourceText source, int offset) => source.Lines.GetPosition(offset).ToPosition();

    public static P.Range Range(SourceText source, TextSpan span) =>
        new(Position(source, span.Start), Position(source, span.End));

    public static P.Range Range(this Lang.Location location) => new(location.Start.ToPosition(), location.End.ToPosition());

    public static P.Location Location(this Lang.Location location) => new(location.Source.Path, location.Range());

    public static int Offset(SourceText source, P.Position position) =>
        LspPositions.Offset(source.Text, source.Lines, position.Line, position.Character);

    public static TextSpan Span(SourceText source, P.Range range)
    {
        var start = Offset(source, range.Start);
        var end = Offset(source, range.End);
        return end < start ? TextSpan.FromBounds(end, start) : TextSpan.FromBounds(start, end);
    }

    public static P.Range Range(SyntaxTree tree, SyntaxElement element) => Range(tree.Source, element.Span);
}
