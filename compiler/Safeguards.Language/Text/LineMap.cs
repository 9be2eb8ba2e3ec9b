namespace Safeguards.Language.Text;

/// <summary>Maps offsets to lines and back. Lines end at \n, \r\n or a lone \r.</summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        lineStarts = starts.ToArray();
        TextLength = text.Length;
    }

    public int TextLength { get; }

    public int LineCount => lineStarts.Length;

    public int LineStart(int line) => lineStarts[Math.Clamp(line, 0, lineStarts.Length - 1)];

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, TextLength);
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public int GetOffset(LinePosition position)
    {
        if (position.Line >= lineStarts.Length) return TextLength;
        var start = lineStarts[Math.Max(0, position.Line)];
        var end = position.Line + 1 < lineStarts.Length ? lineStarts[position.Line + 1] : TextLength;
        return Math.Min(start + Math.Max(0, position.Character), end);
    }
}
