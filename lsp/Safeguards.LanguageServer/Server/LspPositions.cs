using Safeguards.Language.Text;

namespace Safeguards.LanguageServer.Server;

/// <summary>LSP positions to offsets, as LSP 3.17 defines them: a character past the end of its line is
/// the end of the line (never the next line), a character inside a line ending (between \r and \n) is
/// the end of the line too, a line past the last is the end of the text, and negative numbers are 0.
/// Lines end at \n, \r\n or \r; characters count UTF-16 code units.</summary>
internal static class LspPositions
{
    public static int Offset(string text, LineMap lines, int line, int character)
    {
        if (line < 0) return 0;
        if (line >= lines.LineCount) return text.Length;
        var start = lines.LineStart(line);
        var contentEnd = line + 1 < lines.LineCount ? LineContentEnd(text, lines.LineStart(line + 1)) : text.Length;
        return start + Math.Clamp(character, 0, contentEnd - start);
    }

    /// <summary>Where the line whose successor starts at <paramref name="nextLineStart"/> ends, before its line break.</summary>
    private static int LineContentEnd(string text, int nextLineStart) =>
        nextLineStart >= 2 && text[nextLineStart - 1] == '\n' && text[nextLineStart - 2] == '\r' ? nextLineStart - 2 : nextLineStart - 1;
}
